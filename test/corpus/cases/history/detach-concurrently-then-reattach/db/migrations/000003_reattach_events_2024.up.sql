-- case: a later migration attaches the archived partition back: the CHECK from the concurrent detach implies the bound
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
