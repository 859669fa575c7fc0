-- case: unique constraint from a concurrently built index
-- expect: clean

SET lock_timeout = '2s';
CREATE UNIQUE INDEX CONCURRENTLY users_username_key ON users (username);
ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE USING INDEX users_username_key;
