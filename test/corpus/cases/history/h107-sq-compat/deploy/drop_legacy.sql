-- case: sqitch contract change with no revert script written
-- expect: drop-column@8, missing-rollback@*
-- tool: sqitch

-- Deploy metrics:drop_legacy to pg
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP COLUMN legacy_code;
COMMIT;
