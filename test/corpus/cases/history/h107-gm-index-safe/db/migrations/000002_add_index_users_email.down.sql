-- case: golang-migrate: DROP INDEX CONCURRENTLY in the down file
-- expect: clean
-- tool: golang-migrate

DROP INDEX CONCURRENTLY IF EXISTS index_users_on_email;
