-- case: strong_migrations "adding an index non-concurrently" on a busy table, no lock_timeout
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: golang-migrate

CREATE INDEX index_users_on_email ON users (email);
