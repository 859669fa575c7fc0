-- case: VACUUM FULL in a migration
-- expect: table-rewrite-maintenance@5, require-lock-timeout@5
-- tool: flyway

VACUUM FULL bookings;
