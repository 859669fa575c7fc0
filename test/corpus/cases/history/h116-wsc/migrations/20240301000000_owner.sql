-- case: OWNER TO on a dump table takes AccessExclusiveLock
-- expect: require-lock-timeout@5
-- tool: plain

ALTER TABLE public.orders OWNER TO shop_owner;
