-- case: a new partitioned parent adopts the busy metrics_2025 (CHECK proves the bound), then an index on the new parent builds on metrics_2025 under a ShareLock
-- expect: partitioned-index-lock@7, lock-held-during-slow-operation@7
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE metrics_v2 (LIKE metrics INCLUDING ALL) PARTITION BY RANGE (recorded_at);
ALTER TABLE metrics_v2 ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX metrics_v2_sensor_idx ON metrics_v2 (sensor_id);
