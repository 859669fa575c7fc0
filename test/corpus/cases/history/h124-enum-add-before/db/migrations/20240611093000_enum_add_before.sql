-- case: ALTER TYPE ADD VALUE BEFORE: no table lock, value not used in this migration
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' BEFORE 'shipped';

-- +goose Down
-- enum values cannot be removed
