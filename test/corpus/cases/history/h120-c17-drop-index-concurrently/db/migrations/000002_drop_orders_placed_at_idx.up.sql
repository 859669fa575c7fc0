-- case: DROP INDEX CONCURRENTLY alone
-- expect: clean
-- tool: golang-migrate
DROP INDEX CONCURRENTLY IF EXISTS public.orders_placed_at_idx;
