-- case: dbmate transaction:false still sends the section as one query: CONCURRENTLY after other statements fails
-- expect: concurrently-in-transaction@10, concurrently-in-transaction@13
-- tool: dbmate

-- migrate:up transaction:false
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN fulfillment_center text;
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_fulfillment_center_idx ON orders (fulfillment_center);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS orders_fulfillment_center_idx;
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN fulfillment_center;
COMMIT;
