-- case: Flyway does not detect REINDEX TABLE ... CONCURRENTLY either
-- expect: concurrently-in-transaction@5
-- tool: flyway

REINDEX TABLE CONCURRENTLY orders;
