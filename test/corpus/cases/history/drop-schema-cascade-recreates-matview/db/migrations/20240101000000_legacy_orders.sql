-- migrate:up
CREATE SCHEMA legacy;
CREATE TABLE legacy.orders (
  id bigint PRIMARY KEY,
  placed_on date NOT NULL,
  total_cents bigint NOT NULL
);
CREATE MATERIALIZED VIEW order_stats AS
  SELECT placed_on, count(*) AS orders, sum(total_cents) AS revenue_cents
  FROM legacy.orders
  GROUP BY placed_on;

-- migrate:down
DROP MATERIALIZED VIEW order_stats;
DROP SCHEMA legacy CASCADE;
