-- case: goose migration building an index in the tool transaction; the down drops it without CONCURRENTLY
-- expect: require-concurrent-index@6, require-lock-timeout@6, require-concurrent-drop-index@9, require-lock-timeout@9
-- tool: goose

-- +goose Up
CREATE INDEX idx_orders_created_at ON orders (created_at);

-- +goose Down
DROP INDEX idx_orders_created_at;
