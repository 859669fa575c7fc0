-- case: COMMENT ON a dump table: ShareUpdateExclusiveLock only
-- expect: clean
-- tool: plain

COMMENT ON TABLE public.orders IS 'orders';
