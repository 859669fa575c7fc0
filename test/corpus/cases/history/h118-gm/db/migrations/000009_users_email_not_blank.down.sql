-- case: down drops the check
-- tool: golang-migrate
-- expect: clean

SET lock_timeout = '3s';
ALTER TABLE users DROP CONSTRAINT users_email_not_blank;
