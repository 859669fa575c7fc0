-- case: REPLICA IDENTITY FULL: AccessExclusiveLock
-- expect: require-lock-timeout@5
-- tool: plain

ALTER TABLE ONLY public.orders REPLICA IDENTITY FULL;
