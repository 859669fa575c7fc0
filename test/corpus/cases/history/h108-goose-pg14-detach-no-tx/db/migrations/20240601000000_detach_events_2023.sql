-- case: PG 14, NO TRANSACTION: DETACH CONCURRENTLY takes only ShareUpdateExclusiveLock; FINALIZE completes an interrupted one
-- expect: clean
-- tool: goose
-- pg-version: 14
-- +goose NO TRANSACTION

-- +goose Up
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2023 FINALIZE;
