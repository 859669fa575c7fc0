-- case: enum swap by renaming columns (reviewed breaking renames)
-- tool: sqitch

-- Deploy shop:order_status_v2_swap to pg
-- requires: order_status_v2_backfill

BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TRIGGER orders_status_v2_sync ON orders;
DROP FUNCTION orders_status_v2_sync();
ALTER TABLE orders RENAME COLUMN status TO status_old;
ALTER TABLE orders RENAME COLUMN status_v2 TO status;
ALTER TABLE orders ALTER COLUMN status_old DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
COMMIT;
