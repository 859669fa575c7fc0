-- case: NOT VALID, VALIDATE and ATTACH in one golang-migrate file (one implicit transaction): the validate is in the add's transaction, but ATTACH sees a validated CHECK
-- expect: validate-in-same-transaction@6
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_bound CHECK (recorded_at >= '2025-01-01' AND recorded_at < '2026-01-01') NOT VALID;
ALTER TABLE metrics_2025 VALIDATE CONSTRAINT metrics_2025_bound;
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
