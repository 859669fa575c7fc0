-- case: NO TRANSACTION, but a StatementBegin/End block sends the SET and the index together as one query
-- expect: concurrently-in-transaction@9
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up
-- +goose StatementBegin
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_state_idx ON orders (state);
-- +goose StatementEnd

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_state_idx;
