-- case: cluster a dump table
-- expect: require-lock-timeout@5, table-rewrite-maintenance@5
-- tool: plain

CLUSTER public.orders USING orders_pkey;
