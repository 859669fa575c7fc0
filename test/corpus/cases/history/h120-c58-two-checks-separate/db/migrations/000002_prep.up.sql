ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_lo CHECK (recorded_at IS NOT NULL AND recorded_at >= '2025-01-01');
ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_hi CHECK (recorded_at < '2026-01-01');
