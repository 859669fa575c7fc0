-- case: use it in the next one: the value is committed by then
-- expect: clean
-- tool: goose

-- +goose Up
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL AND status <> 'refunded';

-- +goose Down
UPDATE orders SET status = 'paid' WHERE status = 'refunded';
