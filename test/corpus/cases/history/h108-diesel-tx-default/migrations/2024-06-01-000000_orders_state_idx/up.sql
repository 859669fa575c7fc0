-- case: Diesel wraps up.sql in a transaction by default
-- expect: concurrently-in-transaction@4
-- tool: diesel
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);
