-- case: goose reads the NO TRANSACTION annotation wherever it stands in the file
-- expect: clean
-- tool: goose

-- +goose Up
-- +goose NO TRANSACTION
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_state_idx ON orders (state);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
