SET lock_timeout = '2s';
DROP TRIGGER IF EXISTS users_sync_full_name ON users;
DROP FUNCTION IF EXISTS users_sync_full_name();
ALTER TABLE users DROP COLUMN IF EXISTS full_name;
