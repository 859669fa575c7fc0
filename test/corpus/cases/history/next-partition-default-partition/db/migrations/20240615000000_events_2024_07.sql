-- case: the next partition is created standalone and attached, but events has a DEFAULT partition: ATTACH locks it (AccessExclusiveLock) and scans it for July rows
-- expect: require-lock-timeout@8, attach-partition-scan@8
-- tool: goose

-- +goose Up
CREATE TABLE events_2024_07 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

ALTER TABLE events ATTACH PARTITION events_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');

-- +goose Down
SET lock_timeout = '2s';
DROP TABLE events_2024_07;
