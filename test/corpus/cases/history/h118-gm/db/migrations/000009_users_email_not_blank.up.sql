-- case: NOT VALID and VALIDATE in two explicit transactions of one file
-- tool: golang-migrate
-- expect: clean

SET lock_timeout = '3s';

BEGIN;
ALTER TABLE users ADD CONSTRAINT users_email_not_blank CHECK (email_address <> '') NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_blank;
COMMIT;
