ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_bound CHECK (recorded_at >= '2025-01-01' AND recorded_at < '2026-01-01' AND value >= 0);
