-- case: golang-migrate sends the file as one query: with two statements it is an implicit transaction, and CONCURRENTLY fails
-- expect: concurrently-in-transaction@6
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx ON orders (placed_at);
