ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_bound CHECK ('2025-01-01' <= recorded_at AND '2026-01-01' > recorded_at);
