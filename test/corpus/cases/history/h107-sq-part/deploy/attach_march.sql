-- case: sqitch: attach a pre-filled table as a partition with no matching CHECK (scan under lock)
-- expect: attach-partition-scan@9
-- tool: sqitch

-- Deploy metrics:attach_march to pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE events ATTACH PARTITION events_2024_03 FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');
COMMIT;
