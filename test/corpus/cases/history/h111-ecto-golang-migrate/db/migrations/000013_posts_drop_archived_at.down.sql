-- expect: clean
-- tool: golang-migrate
SET lock_timeout TO '5s';
ALTER TABLE "posts" ADD COLUMN "archived_at" timestamp(0);
