-- case: SET NOT NULL after a validated CHECK
-- tool: golang-migrate
-- expect: clean
SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_nn;
