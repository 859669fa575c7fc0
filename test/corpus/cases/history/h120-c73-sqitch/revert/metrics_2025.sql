-- case: revert detaches plainly, inside BEGIN/COMMIT
-- expect: require-concurrent-detach@7
-- tool: sqitch

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE metrics DETACH PARTITION metrics_2025;
COMMIT;
