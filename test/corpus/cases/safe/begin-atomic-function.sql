-- case: SQL-standard function body: BEGIN ATOMIC ... END
-- expect: clean

CREATE OR REPLACE FUNCTION order_total(o orders)
RETURNS bigint
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT coalesce(sum(quantity * unit_price_cents), 0)
    FROM order_items
   WHERE order_id = o.id;
END;
