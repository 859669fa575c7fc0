-- case: REFRESH MATERIALIZED VIEW CONCURRENTLY: reads go on (ExclusiveLock allows them), a view takes no writes
-- expect: clean

REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;
