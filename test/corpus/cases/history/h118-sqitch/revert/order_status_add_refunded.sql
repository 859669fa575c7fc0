-- case: revert of add value: data only
-- tool: sqitch
-- expect: clean

-- Revert shop:order_status_add_refunded from pg
BEGIN;
UPDATE orders SET status = 'cancelled' WHERE status = 'refunded';
COMMIT;
