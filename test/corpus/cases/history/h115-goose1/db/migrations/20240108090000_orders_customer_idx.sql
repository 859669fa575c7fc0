-- case: goose no-transaction: Up builds the index concurrently; Down drops it concurrently (clean both ways)
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_at_idx ON orders (placed_at);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_placed_at_idx;
