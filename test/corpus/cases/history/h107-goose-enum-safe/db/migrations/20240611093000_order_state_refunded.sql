-- case: goose NO TRANSACTION: ADD VALUE commits on its own, the next statement may use it
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s';
ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';
UPDATE orders SET state = 'refunded' WHERE state = 'paid' AND total = 0 AND id < 1000;

-- +goose Down
SELECT 'enum values cannot be removed';
