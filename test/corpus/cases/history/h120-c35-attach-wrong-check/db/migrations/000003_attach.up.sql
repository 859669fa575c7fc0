-- case: the validated CHECK is wider than the bound (to 2027): does not imply it, so ATTACH scans
-- expect: attach-partition-scan@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
