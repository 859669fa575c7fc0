-- case: NO TRANSACTION sends one statement at a time: clean
-- expect: clean
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_state_idx ON orders (state);
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
