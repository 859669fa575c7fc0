-- case: goose runs this in a transaction: CIC and DROP INDEX CONCURRENTLY fail there
-- expect: concurrently-in-transaction@6, concurrently-in-transaction@9
-- tool: goose

-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
