-- case: a staging table built, used for a bounded update, truncated and dropped
-- expect: clean

CREATE UNLOGGED TABLE tmp_order_totals AS
  SELECT order_id, sum(quantity * unit_price_cents) AS total
    FROM order_items
   GROUP BY order_id;
UPDATE orders o SET total_cents = t.total
  FROM tmp_order_totals t
 WHERE t.order_id = o.id AND o.id BETWEEN 1 AND 100000;
TRUNCATE tmp_order_totals;
DROP TABLE tmp_order_totals;
