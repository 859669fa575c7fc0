-- case: adds to tenant_a.orders, drops from public.orders: two tables, so not mixed expand/contract
-- tool: plain
-- expect: drop-column@8

SET lock_timeout = '2s';
SET search_path TO tenant_a;
ALTER TABLE orders ADD COLUMN external_ref text;
ALTER TABLE public.orders DROP COLUMN legacy_ref;
