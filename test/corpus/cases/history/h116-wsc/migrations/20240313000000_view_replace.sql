-- case: replace the dump's view (adds a column at the end)
-- expect: require-lock-timeout@5
-- tool: plain

CREATE OR REPLACE VIEW public.open_orders AS
 SELECT orders.id, orders.customer_id, orders.total, orders.placed_at
   FROM public.orders
  WHERE (orders.status = 'pending'::public.order_status);
