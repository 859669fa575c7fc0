-- case: REINDEX TABLE CONCURRENTLY: Flyway only auto-detects REINDEX SCHEMA|DATABASE|SYSTEM as non-transactional, so this runs in its transaction and fails
-- expect: concurrently-in-transaction@5
-- tool: flyway

REINDEX TABLE CONCURRENTLY bookings;
