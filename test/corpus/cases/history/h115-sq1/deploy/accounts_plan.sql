-- case: sqitch change with no revert script
-- expect: missing-rollback@*
-- tool: sqitch

-- Deploy shop:accounts_plan to pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN plan text;
COMMIT;
