-- case: golang-migrate: CREATE INDEX CONCURRENTLY alone in its migration
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
