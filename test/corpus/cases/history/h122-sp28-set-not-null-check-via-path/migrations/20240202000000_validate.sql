SET search_path TO tenant_a;
ALTER TABLE customers VALIDATE CONSTRAINT customers_email_nn;
