-- case: contract: after the deploy that stopped reading users.name; the drop is reviewed and suppressed
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TRIGGER IF EXISTS users_sync_full_name ON users;
DROP FUNCTION IF EXISTS users_sync_full_name();
-- sluice-ignore drop-column: contract phase, release 2024.06 reads and writes only full_name
ALTER TABLE users DROP COLUMN name;
