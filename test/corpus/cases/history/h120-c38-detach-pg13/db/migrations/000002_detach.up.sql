-- case: PG 13: no DETACH CONCURRENTLY, only lock_timeout
-- expect: require-lock-timeout@5
-- tool: golang-migrate
-- pg-version: 13
ALTER TABLE metrics DETACH PARTITION metrics_2024;
