-- case: the DEFAULT partition got a validated CHECK keeping July out in an earlier migration: ATTACH skips its scan
-- expect: clean
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE TABLE events_2024_07 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE events ATTACH PARTITION events_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');

-- +goose Down
SET lock_timeout = '2s';
DROP TABLE events_2024_07;
