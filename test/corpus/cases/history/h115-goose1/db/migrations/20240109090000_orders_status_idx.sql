-- case: Up builds an index concurrently (no transaction); Down drops it without CONCURRENTLY and without lock_timeout
-- expect: require-concurrent-drop-index@10, require-lock-timeout@10
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);

-- +goose Down
DROP INDEX orders_status_idx;
