-- case: add the value in its own migration
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';

-- +goose Down
SELECT 'down SQL query';
