-- case: down: drop the column the up added (not a contract step)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN IF EXISTS nickname;
