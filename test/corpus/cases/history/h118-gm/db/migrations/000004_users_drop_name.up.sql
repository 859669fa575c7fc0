-- case: rename, contract: drop the old column after the code switch; no lock_timeout
-- tool: golang-migrate
-- expect: require-lock-timeout@5, drop-column@7

DROP TRIGGER IF EXISTS users_full_name_sync ON users;
DROP FUNCTION IF EXISTS users_full_name_sync();
ALTER TABLE users DROP COLUMN name;
