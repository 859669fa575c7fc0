-- case: a SET beside the concurrent build: Flyway refuses the mixed migration (mixed is false)
-- expect: concurrently-in-transaction@7
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
