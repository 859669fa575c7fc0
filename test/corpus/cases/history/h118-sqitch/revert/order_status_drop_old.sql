-- case: revert recreates the dropped column and index
-- tool: sqitch
-- expect: require-concurrent-index@10, lock-held-during-slow-operation@10

-- Revert shop:order_status_drop_old from pg
BEGIN;
SET LOCAL lock_timeout = '2s';
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
ALTER TABLE orders ADD COLUMN status_old order_status;
CREATE INDEX orders_status_idx ON orders (status_old);
COMMIT;
