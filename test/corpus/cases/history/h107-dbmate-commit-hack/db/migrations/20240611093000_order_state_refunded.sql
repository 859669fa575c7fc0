-- case: the same hack in dbmate: dbmate sends the whole section as one query string, so BEGIN turns the implicit block holding ADD VALUE into the transaction that then uses it (fails)
-- expect: transaction-nesting@6, transaction-nesting@8, enum-value-change@9
-- tool: dbmate

-- migrate:up
COMMIT;
ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';
BEGIN;
UPDATE orders SET state = 'refunded' WHERE state = 'paid' AND total = 0 AND id < 1000;

-- migrate:down
SELECT 'enum values cannot be removed';
