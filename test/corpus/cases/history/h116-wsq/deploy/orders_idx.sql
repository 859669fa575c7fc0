-- case: sqitch change after the baseline
-- expect: require-lock-timeout@6, require-concurrent-index@6
-- tool: sqitch
BEGIN;

CREATE INDEX orders_email_idx ON public.orders (email);

COMMIT;
