-- case: DETACH CONCURRENTLY alone
-- expect: clean
-- tool: golang-migrate
ALTER TABLE metrics DETACH PARTITION metrics_2024 CONCURRENTLY;
