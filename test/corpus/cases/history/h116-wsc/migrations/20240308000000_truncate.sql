-- case: truncate dump tables
-- expect: require-lock-timeout@5, truncate@5
-- tool: plain

TRUNCATE TABLE ONLY public.order_items, public.orders CASCADE;
