-- case: down rebuilds concurrently
-- expect: clean
-- tool: golang-migrate
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx ON orders (placed_at) INCLUDE (account_id);
