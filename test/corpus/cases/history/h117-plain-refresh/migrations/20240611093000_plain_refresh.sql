-- case: refresh without concurrently
-- tool: plain
-- expect: require-concurrent-refresh@5
SET lock_timeout = '2s';
REFRESH MATERIALIZED VIEW account_totals;
