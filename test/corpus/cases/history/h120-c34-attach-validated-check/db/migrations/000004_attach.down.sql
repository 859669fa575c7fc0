-- case: down detaches without CONCURRENTLY
-- expect: require-concurrent-detach@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics DETACH PARTITION metrics_2025;
