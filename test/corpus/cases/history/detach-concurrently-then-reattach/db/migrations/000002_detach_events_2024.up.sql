-- case: archive a partition: DETACH ... CONCURRENTLY copies its bound into a validated CHECK
-- expect: clean
-- tool: golang-migrate

ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;
