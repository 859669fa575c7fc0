-- case: events has a DEFAULT partition (from the history): PostgreSQL refuses DETACH ... CONCURRENTLY, so a plain DETACH with a lock_timeout is the only way
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2023;
