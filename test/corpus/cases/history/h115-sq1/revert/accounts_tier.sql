-- case: revert forgets lock_timeout and drops its column with an explicit transaction
-- expect: require-lock-timeout@8
-- tool: sqitch

-- Revert shop:accounts_tier from pg

BEGIN;
ALTER TABLE accounts DROP COLUMN tier;
COMMIT;
