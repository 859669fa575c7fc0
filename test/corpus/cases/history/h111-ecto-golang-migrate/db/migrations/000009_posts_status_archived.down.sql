-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
UPDATE "posts" SET "status" = 'published' WHERE "status" = 'archived';
