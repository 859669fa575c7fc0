-- case: golang-migrate does not wrap: CONCURRENTLY is fine
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
