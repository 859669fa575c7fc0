-- case: ADD VALUE then use it in the same transaction: fails
-- tool: sqitch
-- expect: enum-value-change@11

-- Deploy shop:order_status_add_refunded to pg
-- requires: order_status_drop_old

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TYPE order_status_v2 ADD VALUE 'refunded';
UPDATE orders SET status = 'refunded' WHERE status = 'cancelled';
COMMIT;
