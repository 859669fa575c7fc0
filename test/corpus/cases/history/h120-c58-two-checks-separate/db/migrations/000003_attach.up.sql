-- case: lower and upper bound in two validated CHECKs added by two statements: together they imply the bound
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
