-- case: DEFAULT partition's CHECK excludes the new range: PARTITION OF needs no scan of it, but still AccessExclusiveLock on events and events_default
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
