-- case: up drops an index concurrently (golang-migrate single statement, no transaction)
-- expect: clean
-- tool: golang-migrate

DROP INDEX CONCURRENTLY IF EXISTS accounts_nickname_idx;
