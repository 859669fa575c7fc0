-- case: goose NO TRANSACTION, concurrent build and concurrent drop
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY idx_orders_status_created_at ON orders (status, created_at);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status_created_at;
