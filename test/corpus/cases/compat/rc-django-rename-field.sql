-- case: Django RenameField via sqlmigrate, lock_timeout added by hand
-- expect: rename-column@9

BEGIN;
SET LOCAL lock_timeout = '2s';
--
-- Rename field bio on profile to about
--
ALTER TABLE "accounts_profile" RENAME COLUMN "bio" TO "about";
COMMIT;
