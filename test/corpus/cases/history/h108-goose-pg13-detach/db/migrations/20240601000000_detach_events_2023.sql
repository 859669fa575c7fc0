-- case: PG 13 has no DETACH CONCURRENTLY: the plain detach is all there is, so only the lock timeout
-- expect: require-lock-timeout@7, attach-partition-scan@11
-- tool: goose
-- pg-version: 13

-- +goose Up
ALTER TABLE events DETACH PARTITION events_2023;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
