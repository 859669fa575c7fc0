-- case: DROP INDEX CONCURRENTLY
-- expect: clean

DROP INDEX CONCURRENTLY IF EXISTS index_users_on_legacy_token;
