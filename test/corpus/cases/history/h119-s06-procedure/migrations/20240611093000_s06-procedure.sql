-- case: procedure with a batch loop and COMMIT, called then dropped
-- expect: clean

CREATE OR REPLACE PROCEDURE backfill_order_currency(batch_size integer DEFAULT 5000)
LANGUAGE plpgsql
AS $$
DECLARE
  last_id bigint := 0;
  max_id bigint;
BEGIN
  SELECT coalesce(max(id), 0) INTO max_id FROM orders;
  WHILE last_id < max_id LOOP
    UPDATE orders
    SET currency = 'USD'
    WHERE id > last_id AND id <= last_id + batch_size AND currency IS NULL;
    last_id := last_id + batch_size;
    COMMIT;
  END LOOP;
END;
$$;

CALL backfill_order_currency();

DROP PROCEDURE backfill_order_currency(integer);
