SET lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_status_null CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE users ALTER COLUMN status DROP NOT NULL;
