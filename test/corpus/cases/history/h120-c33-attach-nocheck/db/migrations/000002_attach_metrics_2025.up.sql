-- case: attach a standalone table with no CHECK
-- expect: attach-partition-scan@4, require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
