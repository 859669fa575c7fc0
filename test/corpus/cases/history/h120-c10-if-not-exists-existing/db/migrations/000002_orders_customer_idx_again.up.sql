-- case: IF NOT EXISTS of an index the history already made: PG skips the build (brief ShareLock only), lock_timeout set
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
