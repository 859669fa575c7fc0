-- case: PG 11, NO TRANSACTION: ADD VALUE runs on its own
-- expect: clean
-- tool: goose
-- pg-version: 11
-- +goose NO TRANSACTION

-- +goose Up
ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';

-- +goose Down
SELECT 1;
