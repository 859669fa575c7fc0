-- case: ADD VALUE and use it in the same goose transaction: fails with unsafe use of new value
-- expect: enum-value-change@7
-- tool: goose

-- +goose Up
ALTER TYPE order_status ADD VALUE 'cancelled' AFTER 'pending';
UPDATE orders SET status = 'cancelled' WHERE note = 'cancelled by customer';

-- +goose Down
UPDATE orders SET status = 'pending' WHERE status = 'cancelled';
