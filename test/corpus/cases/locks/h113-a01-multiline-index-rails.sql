-- case: multi-line CREATE INDEX from a Rails structure dump; finding starts where CREATE starts
-- expect: require-concurrent-index@6, require-lock-timeout@6

-- Index for the customer dashboard query

CREATE INDEX
  index_orders_on_customer_id_and_created_at
  ON public.orders
  USING btree (customer_id, created_at DESC)
  WHERE (deleted_at IS NULL);
