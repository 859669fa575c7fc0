-- case: SET STATISTICS / attribute options: ShareUpdateExclusiveLock
-- expect: clean
-- tool: plain

ALTER TABLE public.orders ALTER COLUMN note SET STATISTICS 500;
ALTER TABLE public.orders ALTER COLUMN note SET (n_distinct = 100);
ALTER TABLE public.orders CLUSTER ON orders_pkey;
