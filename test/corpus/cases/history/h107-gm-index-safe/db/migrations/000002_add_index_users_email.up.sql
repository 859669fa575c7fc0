-- case: golang-migrate: CONCURRENTLY, one statement per file (no transaction)
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY IF NOT EXISTS index_users_on_email ON users (email);
