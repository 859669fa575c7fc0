-- case: unnamed expression index
-- expect: require-concurrent-index@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX ON customers (lower(email));
