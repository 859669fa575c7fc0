-- case: the fix: NO TRANSACTION annotation
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_state_idx ON orders (state);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
