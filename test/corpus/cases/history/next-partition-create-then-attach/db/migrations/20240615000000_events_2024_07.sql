-- case: create the partition standalone, then ATTACH (ShareUpdateExclusiveLock on the parent; the new table is empty)
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
CREATE TABLE events_2024_07 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE events ATTACH PARTITION events_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024_07 CONCURRENTLY;
