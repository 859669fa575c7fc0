-- case: CONCURRENTLY (the view has a unique index); ExclusiveLock does not block reads
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_bookings;
