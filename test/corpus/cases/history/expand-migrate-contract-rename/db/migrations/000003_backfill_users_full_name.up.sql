-- case: migrate: batched backfill, one transaction per batch
-- expect: clean
-- tool: golang-migrate

DO $$
DECLARE
  n int;
BEGIN
  LOOP
    UPDATE users SET full_name = name
     WHERE id IN (SELECT id FROM users WHERE full_name IS NULL LIMIT 5000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END $$;
