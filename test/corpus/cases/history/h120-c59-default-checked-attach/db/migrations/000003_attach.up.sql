-- case: the DEFAULT partition has a validated CHECK that keeps 2025 out, and the new table a matching CHECK: no scan anywhere
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
