-- case: DETACH PARTITION ... CONCURRENTLY outside a transaction
-- expect: clean

ALTER TABLE events DETACH PARTITION events_2022_12 CONCURRENTLY;
