-- case: drop the FK before re-creating it
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
