-- case: Flyway does not detect DETACH PARTITION ... CONCURRENTLY: it runs it in its transaction, which fails
-- expect: concurrently-in-transaction@5
-- tool: flyway

ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;
