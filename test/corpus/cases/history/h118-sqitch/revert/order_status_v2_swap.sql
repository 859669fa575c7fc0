-- case: revert renames back
-- tool: sqitch
-- expect: clean

-- Revert shop:order_status_v2_swap from pg
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders RENAME COLUMN status TO status_v2;
ALTER TABLE orders RENAME COLUMN status_old TO status;
COMMIT;
