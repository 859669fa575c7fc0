SET lock_timeout = '2s';
ALTER TABLE users DROP CONSTRAINT users_status_null;
