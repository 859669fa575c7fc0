-- case: CONCURRENTLY without NO TRANSACTION
-- tool: goose
-- expect: concurrently-in-transaction@5, concurrently-in-transaction@8
-- +goose Up
CREATE INDEX CONCURRENTLY events_account_id_idx ON events (account_id);

-- +goose Down
DROP INDEX CONCURRENTLY events_account_id_idx;
