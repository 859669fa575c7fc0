SET search_path TO tenant_a;
ALTER TABLE customers ADD CONSTRAINT customers_email_nn CHECK (email IS NOT NULL) NOT VALID;
