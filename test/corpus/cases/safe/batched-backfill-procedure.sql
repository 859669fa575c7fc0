-- case: a backfill procedure that commits per batch, then CALL
-- expect: clean

CREATE OR REPLACE PROCEDURE backfill_order_totals(batch_size int DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
  last_id bigint := 0;
  max_id bigint;
BEGIN
  SELECT coalesce(max(id), 0) INTO max_id FROM orders;
  WHILE last_id < max_id LOOP
    UPDATE orders o
       SET total_cents = s.total
      FROM (SELECT order_id, sum(quantity * unit_price_cents) AS total
              FROM order_items
             WHERE order_id > last_id AND order_id <= last_id + batch_size
             GROUP BY order_id) s
     WHERE o.id = s.order_id;
    last_id := last_id + batch_size;
    COMMIT;
  END LOOP;
END;
$$;

CALL backfill_order_totals(10000);
