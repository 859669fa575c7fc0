-- case: metrics_2025 keeps its validated bound CHECK through the rename (no scan); metrics_2026's was dropped (scan)
-- expect: attach-partition-scan@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE metrics ATTACH PARTITION metrics_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
