-- case: new enum value used in the same transaction
-- tool: dbmate
-- expect: enum-value-change@6
-- migrate:up
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE purchases SET status = 'refunded' WHERE id IN (SELECT id FROM purchases WHERE status = 'paid' LIMIT 100);

-- migrate:down
SELECT 1;
