-- case: Flyway runs a migration holding only CREATE INDEX CONCURRENTLY outside a transaction
-- expect: clean
-- tool: flyway

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_state_idx ON orders (state);
