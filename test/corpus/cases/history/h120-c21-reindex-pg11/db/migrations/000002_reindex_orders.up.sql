-- case: PG 11 has no REINDEX CONCURRENTLY: not flagged, lock_timeout still due
-- expect: require-lock-timeout@5
-- tool: golang-migrate
-- pg-version: 11
REINDEX TABLE orders;
