-- case: PG 11 refuses ALTER TYPE ... ADD VALUE inside goose's transaction (the type is not new)
-- expect: enum-value-change@7
-- tool: goose
-- pg-version: 11

-- +goose Up
ALTER TYPE order_state ADD VALUE 'refunded';

-- +goose Down
SELECT 1;
