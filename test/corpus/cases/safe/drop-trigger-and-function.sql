-- case: removing a sync trigger after the migrate phase
-- expect: clean

SET lock_timeout = '2s';
DROP TRIGGER IF EXISTS users_sync_full_name ON users;
DROP FUNCTION IF EXISTS users_sync_full_name();
