-- case: down recreates it without CONCURRENTLY
-- expect: require-concurrent-index@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX orders_placed_at_idx ON orders (placed_at) INCLUDE (account_id);
