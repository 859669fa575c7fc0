-- case: sqitch revert drops its own table, but also drops the accounts table from an earlier change
-- expect: drop-table@10
-- tool: sqitch

-- Revert shop:sessions from pg

BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TABLE sessions;
DROP TABLE accounts CASCADE;
COMMIT;
