-- case: executeInTransaction=false: SET LOCAL outside a transaction sets nothing, the ALTER waits forever
-- expect: require-lock-timeout@7
-- tool: flyway

SET LOCAL lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (total);
ALTER TABLE orders ADD COLUMN priority smallint;
