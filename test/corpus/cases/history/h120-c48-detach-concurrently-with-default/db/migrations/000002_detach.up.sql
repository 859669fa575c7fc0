-- case: DETACH CONCURRENTLY while events has a DEFAULT partition: PG refuses it
-- expect: clean
-- tool: golang-migrate
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;
