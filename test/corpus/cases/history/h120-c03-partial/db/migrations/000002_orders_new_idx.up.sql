-- case: partial index, rails-style name
-- expect: require-concurrent-index@4, require-lock-timeout@4
-- tool: golang-migrate
CREATE INDEX index_orders_on_placed_at_new ON public.orders USING btree (placed_at) WHERE ((status)::text = 'new'::text);
