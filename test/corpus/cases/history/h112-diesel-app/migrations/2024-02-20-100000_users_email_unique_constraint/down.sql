-- case: dropping the constraint drops the index too (it undoes the up)
-- expect: clean
-- tool: diesel

SET LOCAL lock_timeout = '2s';
ALTER TABLE users DROP CONSTRAINT users_email_key;
