-- case: sqitch revert: DETACH without CONCURRENTLY (PG >= 14) inside BEGIN
-- expect: require-concurrent-detach@7
-- tool: sqitch

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE events DETACH PARTITION events_2024_03;
COMMIT;
