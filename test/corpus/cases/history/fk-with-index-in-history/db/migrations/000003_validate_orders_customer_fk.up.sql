-- case: VALIDATE the FK in the next migration
-- expect: clean
-- tool: golang-migrate

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
