-- case: the index was made through the path in history; the FK through the path has its index
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
SET search_path TO tenant_a;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
