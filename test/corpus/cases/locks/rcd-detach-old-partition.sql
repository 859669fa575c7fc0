-- case: DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)
-- expect: require-concurrent-detach@4, require-lock-timeout@4

ALTER TABLE events DETACH PARTITION events_2022_12;
