-- case: goose wraps the file in a transaction: CREATE INDEX CONCURRENTLY fails at run time
-- expect: concurrently-in-transaction@6, concurrently-in-transaction@9
-- tool: goose

-- +goose Up
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);

-- +goose Down
DROP INDEX CONCURRENTLY orders_created_at_idx;
