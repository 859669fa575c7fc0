-- case: ON ONLY recipe without lock_timeout: ON ONLY still waits for ShareLock on events; the down drops a partitioned index (PG refuses CONCURRENTLY there) with no lock_timeout
-- expect: require-lock-timeout@7, require-lock-timeout@16
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX events_account_id_idx ON ONLY events (account_id);
CREATE INDEX CONCURRENTLY events_2023_account_id_idx ON events_2023 (account_id);
ALTER INDEX events_account_id_idx ATTACH PARTITION events_2023_account_id_idx;
CREATE INDEX CONCURRENTLY events_2024_account_id_idx ON events_2024 (account_id);
ALTER INDEX events_account_id_idx ATTACH PARTITION events_2024_account_id_idx;
CREATE INDEX CONCURRENTLY events_default_account_id_idx ON events_default (account_id);
ALTER INDEX events_account_id_idx ATTACH PARTITION events_default_account_id_idx;

-- +goose Down
DROP INDEX events_account_id_idx;
