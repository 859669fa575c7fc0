-- case: backfill first, then SET NOT NULL, same transaction
-- expect: unbatched-backfill@6, set-not-null@7

BEGIN;
SET LOCAL lock_timeout = '2s';
UPDATE carts SET currency = 'EUR' WHERE currency IS NULL;
ALTER TABLE carts ALTER COLUMN currency SET NOT NULL;
COMMIT;
