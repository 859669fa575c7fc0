-- case: the index on customer_id exists on tenant_a.orders; the FK is added to public.orders (path public first), which has none
-- tool: plain
-- expect: foreign-key-without-index@7

SET lock_timeout = '2s';
SET search_path TO public, tenant_a;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
