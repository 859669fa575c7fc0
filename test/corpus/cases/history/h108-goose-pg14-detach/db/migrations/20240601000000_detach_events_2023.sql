-- case: PG 14: a plain DETACH should be CONCURRENTLY; the CONCURRENTLY form in goose's transaction fails
-- expect: require-concurrent-detach@8, concurrently-in-transaction@9
-- tool: goose
-- pg-version: 14

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024;
ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;

-- +goose Down
SELECT 1;
