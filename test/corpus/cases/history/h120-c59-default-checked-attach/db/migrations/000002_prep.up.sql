ALTER TABLE events_default ADD CONSTRAINT events_default_before_2025 CHECK (occurred_at < '2025-01-01');
CREATE TABLE events_2025 (LIKE events INCLUDING ALL);
ALTER TABLE events_2025 ADD CONSTRAINT events_2025_bound CHECK (occurred_at IS NOT NULL AND occurred_at >= '2025-01-01' AND occurred_at < '2026-01-01');
