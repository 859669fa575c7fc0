-- case: the new standalone table has a matching CHECK, but events has a DEFAULT partition with no CHECK: ATTACH scans events_default
-- expect: attach-partition-scan@6, require-lock-timeout@6
-- tool: golang-migrate
CREATE TABLE events_2025 (LIKE events INCLUDING ALL);
ALTER TABLE events_2025 ADD CONSTRAINT events_2025_bound CHECK (occurred_at IS NOT NULL AND occurred_at >= '2025-01-01' AND occurred_at < '2026-01-01');
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
