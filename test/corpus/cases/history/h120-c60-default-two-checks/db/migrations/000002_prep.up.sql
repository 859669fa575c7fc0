ALTER TABLE events_default ADD CONSTRAINT events_default_not_2025 CHECK (occurred_at < '2025-01-01' OR occurred_at >= '2026-01-01');
