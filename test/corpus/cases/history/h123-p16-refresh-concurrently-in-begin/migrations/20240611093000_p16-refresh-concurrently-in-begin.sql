-- case: REFRESH ... CONCURRENTLY runs inside an explicit transaction block
-- expect: clean
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;
COMMIT;
