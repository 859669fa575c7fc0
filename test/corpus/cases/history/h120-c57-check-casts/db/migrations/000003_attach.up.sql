-- case: CHECK with explicit casts, the way pg_dump prints it
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
