-- case: validate in its own migration (ShareUpdateExclusiveLock + RowShare)
-- expect: clean
-- tool: golang-migrate

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
