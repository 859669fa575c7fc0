-- expect: clean
-- tool: golang-migrate
DROP INDEX CONCURRENTLY IF EXISTS "posts_published_at_index";
