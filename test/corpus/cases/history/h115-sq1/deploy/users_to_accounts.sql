-- case: sqitch deploy renames the table
-- expect: rename-table@9
-- tool: sqitch

-- Deploy shop:users_to_accounts to pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users RENAME TO accounts;
COMMIT;
