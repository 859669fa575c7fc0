-- case: revert retypes back: also a rewrite
-- tool: sqitch
-- expect: require-lock-timeout@8, column-type-rewrite@9

-- Revert shop:order_status_inplace from pg
BEGIN;
CREATE TYPE order_status_v2 AS ENUM ('pending', 'paid', 'fulfilled', 'cancelled', 'refunded');
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN status TYPE order_status_v2 USING status::text::order_status_v2;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE order_status_v3;
COMMIT;
