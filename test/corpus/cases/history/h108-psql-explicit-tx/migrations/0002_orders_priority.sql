-- case: psql script: ON_ERROR_STOP, one explicit transaction with SET LOCAL, then the concurrent build outside it
-- expect: clean
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
ALTER TABLE orders ADD CONSTRAINT orders_priority_range CHECK (priority BETWEEN 0 AND 9) NOT VALID;
COMMIT;

CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
ALTER TABLE orders VALIDATE CONSTRAINT orders_priority_range;
