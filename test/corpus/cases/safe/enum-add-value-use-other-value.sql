-- case: goose: ADD VALUE, and in the same transaction an UPDATE that uses an older label
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
UPDATE orders SET status = 'paid' WHERE status = 'pending' AND paid_at IS NOT NULL;

-- +goose Down
SELECT 'down SQL query';
