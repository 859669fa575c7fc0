-- case: the constraint adopts the index from the previous migration
-- expect: clean
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
