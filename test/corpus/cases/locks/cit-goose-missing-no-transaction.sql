-- case: goose: CONCURRENTLY without -- +goose NO TRANSACTION fails at run time (up and down)
-- expect: concurrently-in-transaction@6, concurrently-in-transaction@9
-- tool: goose

-- +goose Up
CREATE INDEX CONCURRENTLY idx_users_last_login_at ON users (last_login_at);

-- +goose Down
DROP INDEX CONCURRENTLY idx_users_last_login_at;
