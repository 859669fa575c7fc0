-- case: a transaction ended by ROLLBACK, then a COMMIT with none open
-- expect: transaction-nesting@11
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
ROLLBACK;

COMMIT;
