-- case: ON ONLY parent, CONCURRENTLY per partition, ATTACH each index
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s';
CREATE INDEX IF NOT EXISTS events_user_id_idx ON ONLY events (user_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_2024_01_user_id_idx ON events_2024_01 (user_id);
ALTER INDEX events_user_id_idx ATTACH PARTITION events_2024_01_user_id_idx;
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_2024_02_user_id_idx ON events_2024_02 (user_id);
ALTER INDEX events_user_id_idx ATTACH PARTITION events_2024_02_user_id_idx;

-- +goose Down
SELECT 'down SQL query';
