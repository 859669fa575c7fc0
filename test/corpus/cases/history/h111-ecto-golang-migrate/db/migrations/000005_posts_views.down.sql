-- expect: require-lock-timeout@3
-- tool: golang-migrate
ALTER TABLE "posts" DROP COLUMN "views", DROP COLUMN "archived_at";
