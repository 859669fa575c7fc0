-- case: enum value added and used as a column default in the same goose transaction (unsafe use of new value)
-- expect: enum-value-change@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TYPE order_state ADD VALUE 'refunded';
ALTER TABLE orders ADD COLUMN refund_state order_state DEFAULT 'refunded';

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN refund_state;
