-- case: Django sqlmigrate output with SET LOCAL lock_timeout added
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Add field nickname to user
--
ALTER TABLE "accounts_user" ADD COLUMN "nickname" varchar(40) NULL;
COMMIT;
