-- case: goose NO TRANSACTION: build the unique index concurrently
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_username_key ON users (username);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS users_username_key;
