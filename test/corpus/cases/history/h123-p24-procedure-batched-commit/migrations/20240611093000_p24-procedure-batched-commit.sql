-- case: a procedure that backfills in batches with COMMIT, called from a plain (non-transactional) migration
-- expect: clean
-- tool: plain

CREATE OR REPLACE PROCEDURE backfill_updated_at()
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  LOOP
    UPDATE users SET updated_at = created_at
    WHERE id IN (SELECT id FROM users WHERE updated_at IS NULL LIMIT 1000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END;
$$;

CALL backfill_updated_at();
