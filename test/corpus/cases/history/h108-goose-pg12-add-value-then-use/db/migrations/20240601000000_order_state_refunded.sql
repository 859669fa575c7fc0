-- case: PG 12+: ADD VALUE is allowed in goose's transaction, but the new value cannot be used before commit
-- expect: enum-value-change@8
-- tool: goose
-- pg-version: 12

-- +goose Up
ALTER TYPE order_state ADD VALUE 'refunded';
UPDATE orders
SET state = 'refunded'
WHERE note = 'refund issued';

-- +goose Down
SELECT 1;
