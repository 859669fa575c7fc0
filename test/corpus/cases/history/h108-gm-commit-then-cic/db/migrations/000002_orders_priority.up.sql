-- case: golang-migrate sends the whole file as one query: after the explicit COMMIT the concurrent build is back in an implicit transaction
-- expect: concurrently-in-transaction@9
-- tool: golang-migrate
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
COMMIT;

CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
