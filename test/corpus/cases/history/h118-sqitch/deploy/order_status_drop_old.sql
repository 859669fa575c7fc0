-- case: enum, contract: drop the old column and type
-- tool: sqitch
-- expect: require-concurrent-drop-index@10, drop-column@11

-- Deploy shop:order_status_drop_old to pg
-- requires: order_status_v2_swap

BEGIN;
SET LOCAL lock_timeout = '2s';
DROP INDEX orders_status_idx;
ALTER TABLE orders DROP COLUMN status_old;
DROP TYPE order_status;
COMMIT;
