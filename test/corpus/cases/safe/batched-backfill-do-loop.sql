-- case: batched backfill in a DO loop that commits each batch
-- expect: clean

DO $$
DECLARE
  batch_size constant int := 5000;
  updated int;
BEGIN
  LOOP
    UPDATE orders
       SET public_id = gen_random_uuid()
     WHERE id IN (SELECT id FROM orders WHERE public_id IS NULL LIMIT batch_size);
    GET DIAGNOSTICS updated = ROW_COUNT;
    EXIT WHEN updated = 0;
    COMMIT;
  END LOOP;
END
$$;
