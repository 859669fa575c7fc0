-- case: START TRANSACTION nested in BEGIN, then a concurrent build inside the transaction, then a stray COMMIT
-- expect: transaction-nesting@8, concurrently-in-transaction@9, transaction-nesting@11
-- tool: plain
\set ON_ERROR_STOP on

BEGIN;
SET LOCAL lock_timeout = '2s';
START TRANSACTION ISOLATION LEVEL READ COMMITTED;
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
COMMIT;
COMMIT;
