-- case: rename, migrate: batched backfill committing per batch
-- tool: golang-migrate
-- expect: clean

DO $$
DECLARE
  batch_rows integer;
BEGIN
  LOOP
    UPDATE users
       SET full_name = name
     WHERE id IN (
       SELECT id FROM users
        WHERE full_name IS NULL
        ORDER BY id
        LIMIT 10000
        FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS batch_rows = ROW_COUNT;
    EXIT WHEN batch_rows = 0;
    COMMIT;
    PERFORM pg_sleep(0.1);
  END LOOP;
END
$$;
