-- case: goose NO TRANSACTION: CHECK NOT VALID, VALIDATE (own implicit tx), ATTACH, drop the CHECK
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_bound CHECK (recorded_at IS NOT NULL AND recorded_at >= '2025-01-01' AND recorded_at < '2026-01-01') NOT VALID;
ALTER TABLE metrics_2025 VALIDATE CONSTRAINT metrics_2025_bound;
ALTER TABLE metrics ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE metrics_2025 DROP CONSTRAINT metrics_2025_bound;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE metrics DETACH PARTITION metrics_2025 CONCURRENTLY;
