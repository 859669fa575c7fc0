-- case: CREATE POLICY on a dump table: AccessExclusiveLock
-- expect: require-lock-timeout@5
-- tool: plain

CREATE POLICY own_orders ON public.orders USING (customer_id = current_setting('app.customer_id')::bigint);
