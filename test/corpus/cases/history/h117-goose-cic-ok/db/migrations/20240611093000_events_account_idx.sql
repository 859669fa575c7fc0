-- case: CONCURRENTLY with NO TRANSACTION
-- tool: goose
-- expect: clean
-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY events_account_id_idx ON events (account_id);

-- +goose Down
DROP INDEX CONCURRENTLY events_account_id_idx;
