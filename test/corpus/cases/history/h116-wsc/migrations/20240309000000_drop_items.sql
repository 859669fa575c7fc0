-- case: drop a dump table
-- expect: require-lock-timeout@5, drop-table@5
-- tool: plain

DROP TABLE public.order_items;
