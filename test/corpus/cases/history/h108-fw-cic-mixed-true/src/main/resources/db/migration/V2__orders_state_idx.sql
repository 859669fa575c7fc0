-- case: flyway.conf mixed=true: the mixed migration runs without a transaction, statement by statement
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
