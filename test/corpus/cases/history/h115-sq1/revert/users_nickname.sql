-- case: sqitch revert drops the column its deploy added
-- expect: clean
-- tool: sqitch

-- Revert shop:users_nickname from pg

BEGIN;

SET LOCAL lock_timeout = '2s';
ALTER TABLE users DROP COLUMN nickname;

COMMIT;
