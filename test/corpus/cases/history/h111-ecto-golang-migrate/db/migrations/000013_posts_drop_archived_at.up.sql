-- case: Ecto remove :archived_at (contract phase)
-- expect: drop-column@5
-- tool: golang-migrate
SET lock_timeout TO '5s';
ALTER TABLE "posts" DROP COLUMN "archived_at";
