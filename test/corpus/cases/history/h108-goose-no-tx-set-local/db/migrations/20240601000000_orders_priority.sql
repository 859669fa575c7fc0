-- case: NO TRANSACTION sends statements one by one: SET LOCAL sets nothing; inside a StatementBegin block it holds
-- expect: require-lock-timeout@8
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;

-- +goose Down
-- +goose StatementBegin
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN priority;
-- +goose StatementEnd
