-- case: the rollback attaches it back with the same bound: the copied CHECK implies it, no scan
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
