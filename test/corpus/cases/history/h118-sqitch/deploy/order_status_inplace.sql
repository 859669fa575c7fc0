-- case: enum replaced in place: ALTER COLUMN TYPE rewrites orders
-- tool: sqitch
-- expect: require-lock-timeout@10, column-type-rewrite@11

-- Deploy shop:order_status_inplace to pg
-- requires: order_status_add_refunded

BEGIN;
CREATE TYPE order_status_v3 AS ENUM ('pending', 'paid', 'fulfilled', 'cancelled', 'refunded', 'disputed');
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders
    ALTER COLUMN status TYPE order_status_v3 USING status::text::order_status_v3;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE order_status_v2;
COMMIT;
