-- case: quoted mixed-case column added and dropped (clean)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE "users" DROP COLUMN "displayName";
