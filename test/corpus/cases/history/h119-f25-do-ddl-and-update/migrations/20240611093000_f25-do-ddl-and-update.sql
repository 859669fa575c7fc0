-- case: DO block that adds a column and backfills a range (one transaction)
-- expect: require-lock-timeout@6, unbatched-backfill@7, lock-held-during-slow-operation@7

DO $$
BEGIN
  ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text;
  UPDATE orders SET region = 'us' WHERE id < 10000;
END
$$;
