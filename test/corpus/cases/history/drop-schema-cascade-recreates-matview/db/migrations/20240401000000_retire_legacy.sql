-- case: DROP SCHEMA ... CASCADE drops the materialized view reading legacy.orders: CREATE ... IF NOT EXISTS
-- case: creates it anew, and refreshing a view nobody reads yet blocks nobody. The CASCADE also drops the
-- case: pre-existing table legacy.orders (drop-table, as DROP TABLE legacy.orders would be)
-- expect: drop-table@8
-- tool: dbmate
-- migrate:up
SET lock_timeout = '3s';
DROP SCHEMA legacy CASCADE;
CREATE TABLE IF NOT EXISTS orders (
  id bigint PRIMARY KEY,
  placed_on date NOT NULL,
  total_cents bigint NOT NULL
);
CREATE MATERIALIZED VIEW IF NOT EXISTS order_stats AS
  SELECT placed_on, count(*) AS orders, sum(total_cents) AS revenue_cents
  FROM orders
  GROUP BY placed_on
  WITH NO DATA;
REFRESH MATERIALIZED VIEW order_stats;

-- migrate:down
DROP MATERIALIZED VIEW order_stats;
DROP TABLE orders;
