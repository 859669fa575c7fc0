-- case: in goose's transaction, the AccessExclusiveLock ATTACH took on the DEFAULT partition is still held while a cleanup UPDATE runs
-- expect: attach-partition-scan@8, lock-held-during-slow-operation@9
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
CREATE TABLE events_2024_07 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE events ATTACH PARTITION events_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
UPDATE events_2024_06 SET payload = payload - 'legacy_ref' WHERE payload ? 'legacy_ref';

-- +goose Down
SET LOCAL lock_timeout = '2s';
DROP TABLE events_2024_07;
