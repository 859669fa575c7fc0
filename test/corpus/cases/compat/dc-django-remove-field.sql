-- case: Django RemoveField via sqlmigrate
-- expect: drop-column@8, require-lock-timeout@8

BEGIN;
--
-- Remove field summary from post
--
ALTER TABLE "blog_post" DROP COLUMN "summary" CASCADE;
COMMIT;
