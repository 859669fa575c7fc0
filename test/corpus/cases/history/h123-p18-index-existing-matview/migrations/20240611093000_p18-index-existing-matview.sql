-- case: unique index on an existing materialized view so it can be refreshed concurrently
-- expect: require-concurrent-index@6
-- tool: plain

SET lock_timeout = '2s';
CREATE UNIQUE INDEX daily_orders_day_idx ON daily_orders (day);
