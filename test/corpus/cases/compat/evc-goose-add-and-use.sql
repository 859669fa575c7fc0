-- case: goose: ADD VALUE then use it in the same tool transaction (fails)
-- expect: enum-value-change@7
-- tool: goose

-- +goose Up
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;

-- +goose Down
UPDATE orders SET status = 'paid' WHERE status = 'refunded';
