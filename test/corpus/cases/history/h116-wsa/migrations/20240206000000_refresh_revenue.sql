-- case: refresh of a dump matview (it has a unique index, so CONCURRENTLY works)
-- expect: require-concurrent-refresh@5, require-lock-timeout@5
-- tool: plain

REFRESH MATERIALIZED VIEW public.customer_revenue;
