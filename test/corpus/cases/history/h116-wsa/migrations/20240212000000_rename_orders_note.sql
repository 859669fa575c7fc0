-- case: rename a dump column and enum value
-- expect: require-lock-timeout@5, rename-column@5, enum-value-change@6
-- tool: plain

ALTER TABLE ONLY public.orders RENAME COLUMN note TO notes;
ALTER TYPE public.order_status RENAME VALUE 'shipped' TO 'dispatched';
