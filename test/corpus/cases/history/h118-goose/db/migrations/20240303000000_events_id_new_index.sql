-- case: int -> bigint: unique index on the shadow column, built concurrently
-- tool: goose
-- expect: clean

-- +goose NO TRANSACTION
-- +goose Up
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS events_id_new_key ON events (id_new);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS events_id_new_key;
