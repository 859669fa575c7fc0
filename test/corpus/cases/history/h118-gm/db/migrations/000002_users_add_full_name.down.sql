-- case: down of the expand step: undoes its own column
-- tool: golang-migrate
-- expect: clean

SET lock_timeout = '3s';
DROP TRIGGER IF EXISTS users_full_name_sync ON users;
DROP FUNCTION IF EXISTS users_full_name_sync();
ALTER TABLE users DROP COLUMN IF EXISTS full_name;
