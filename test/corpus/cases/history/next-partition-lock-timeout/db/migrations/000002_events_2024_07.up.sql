-- case: the same monthly partition with a lock_timeout
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE TABLE events_2024_07 PARTITION OF events FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
