-- case: attach without check
-- tool: plain
-- expect: attach-partition-scan@5
SET lock_timeout = '2s';
ALTER TABLE metrics ATTACH PARTITION metrics_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
