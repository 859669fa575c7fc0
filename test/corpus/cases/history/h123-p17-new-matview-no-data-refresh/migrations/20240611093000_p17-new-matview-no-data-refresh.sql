-- case: new materialized view created WITH NO DATA, indexed, then populated (CONCURRENTLY is impossible here)
-- expect: clean
-- tool: plain

CREATE MATERIALIZED VIEW user_order_counts AS
  SELECT user_id, count(*) AS orders_count FROM orders GROUP BY user_id
  WITH NO DATA;
CREATE UNIQUE INDEX user_order_counts_user_id_idx ON user_order_counts (user_id);
REFRESH MATERIALIZED VIEW user_order_counts;
