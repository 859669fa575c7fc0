-- case: sqitch revert renames the table back (clean)
-- expect: clean
-- tool: sqitch

-- Revert shop:users_to_accounts from pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts RENAME TO users;
COMMIT;
