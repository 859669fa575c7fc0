-- case: dbmate replaces a materialized view (drop + create) inside its transaction, then builds the unique index
-- tool: dbmate
-- expect: require-lock-timeout@6

-- migrate:up
DROP MATERIALIZED VIEW order_totals;
CREATE MATERIALIZED VIEW order_totals AS
  SELECT user_id, sum(total) AS total, count(*) AS orders_count
  FROM orders
  GROUP BY user_id;
CREATE UNIQUE INDEX order_totals_user_id_idx ON order_totals (user_id);

-- migrate:down
DROP MATERIALIZED VIEW order_totals;
CREATE MATERIALIZED VIEW order_totals AS
  SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
CREATE UNIQUE INDEX order_totals_user_id_idx ON order_totals (user_id);
