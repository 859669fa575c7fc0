-- case: DETACH CONCURRENTLY after a SET in the same golang-migrate file: implicit transaction, fails
-- expect: concurrently-in-transaction@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics DETACH PARTITION metrics_2024 CONCURRENTLY;
