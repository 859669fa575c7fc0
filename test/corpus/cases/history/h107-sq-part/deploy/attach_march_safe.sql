-- case: sqitch: CHECK added NOT VALID and validated in the same change, then ATTACH: the attach skips its scan (check validated), but the validation ran under AccessExclusiveLock
-- expect: validate-in-same-transaction@10
-- tool: sqitch

-- Deploy metrics:attach_march_safe to pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE events_2024_03 ADD CONSTRAINT events_2024_03_bound CHECK (created_at >= '2024-03-01' AND created_at < '2024-04-01') NOT VALID;
ALTER TABLE events_2024_03 VALIDATE CONSTRAINT events_2024_03_bound;
ALTER TABLE events ATTACH PARTITION events_2024_03 FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');
COMMIT;
