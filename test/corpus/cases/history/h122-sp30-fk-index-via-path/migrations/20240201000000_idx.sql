SET search_path TO tenant_a;
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
