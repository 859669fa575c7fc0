-- case: PG 14 reindexes a partitioned table one partition at a time, committing in between: not in goose's transaction
-- expect: concurrently-in-transaction@8, require-concurrent-reindex@8
-- tool: goose
-- pg-version: 14

-- +goose Up
SET LOCAL lock_timeout = '2s';
REINDEX TABLE events;

-- +goose Down
SELECT 1;
