-- case: the pre-PG12 "COMMIT; ALTER TYPE ... ADD VALUE; BEGIN;" hack inside goose's transaction: goose runs each statement on its own, so ADD VALUE commits alone and goose's final COMMIT closes the file's BEGIN
-- expect: transaction-nesting@7, transaction-nesting@9
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
COMMIT;
ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';
BEGIN;
UPDATE orders SET state = 'refunded' WHERE state = 'paid' AND total = 0 AND id < 1000;

-- +goose Down
SELECT 'enum values cannot be removed';
