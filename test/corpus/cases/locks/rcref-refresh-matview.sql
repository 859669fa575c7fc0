-- case: REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every read of the view
-- expect: require-concurrent-refresh@4, require-lock-timeout@4

REFRESH MATERIALIZED VIEW reporting.monthly_active_users;
