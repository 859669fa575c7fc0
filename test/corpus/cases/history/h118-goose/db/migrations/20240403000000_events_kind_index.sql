-- case: CONCURRENTLY without +goose NO TRANSACTION
-- tool: goose
-- expect: concurrently-in-transaction@6, concurrently-in-transaction@9

-- +goose Up
CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);

-- +goose Down
DROP INDEX CONCURRENTLY events_kind_idx;
