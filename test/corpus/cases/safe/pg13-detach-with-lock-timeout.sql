-- case: PostgreSQL 13 has no DETACH ... CONCURRENTLY; lock_timeout is set
-- expect: clean
-- pg-version: 13

SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2020;
