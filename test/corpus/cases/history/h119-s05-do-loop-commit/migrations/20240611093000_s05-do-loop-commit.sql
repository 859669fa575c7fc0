-- case: DO block looping keyset batches with COMMIT (PG 11+, outside a transaction)
-- expect: clean

DO $$
DECLARE
  rows_updated integer;
BEGIN
  LOOP
    UPDATE users
    SET locale = 'en'
    WHERE id IN (SELECT id FROM users WHERE locale IS NULL ORDER BY id LIMIT 1000);
    GET DIAGNOSTICS rows_updated = ROW_COUNT;
    EXIT WHEN rows_updated = 0;
    COMMIT;
  END LOOP;
END
$$;
