-- case: sqitch: DETACH CONCURRENTLY needs no BEGIN/COMMIT (sqitch does not wrap)
-- expect: clean
-- tool: sqitch

-- Deploy metrics:detach_feb to pg
SET lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024_02 CONCURRENTLY;
