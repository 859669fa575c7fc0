-- case: IF NOT EXISTS of an existing index, no lock_timeout: still waits for ShareLock on orders
-- expect: require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
