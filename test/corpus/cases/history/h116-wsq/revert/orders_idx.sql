-- case: revert
-- expect: require-lock-timeout@6, require-concurrent-drop-index@6
-- tool: sqitch
BEGIN;

DROP INDEX public.orders_email_idx;

COMMIT;
