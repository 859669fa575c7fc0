-- expect: clean
-- tool: golang-migrate
DROP INDEX CONCURRENTLY IF EXISTS "users_name_index";
