-- case: a plain REFRESH of a view dashboards read
-- expect: require-concurrent-refresh@5, require-lock-timeout@5
-- tool: golang-migrate

REFRESH MATERIALIZED VIEW daily_sales;
