-- case: revert of the expand step
-- tool: sqitch
-- expect: clean

-- Revert shop:order_status_v2 from pg
BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TRIGGER orders_status_v2_sync ON orders;
DROP FUNCTION orders_status_v2_sync();
ALTER TABLE orders DROP COLUMN status_v2;
DROP TYPE order_status_v2;
COMMIT;
