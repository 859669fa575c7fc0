-- case: refresh the report view without CONCURRENTLY: blocks every dashboard read
-- expect: require-concurrent-refresh@5, require-lock-timeout@5
-- tool: flyway

REFRESH MATERIALIZED VIEW daily_bookings;
