-- case: a second FK on orders.customer_id, covered by the dump's composite index (customer_id, placed_at DESC)
-- expect: require-lock-timeout@6
-- tool: plain

SET statement_timeout = 0;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey2 FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
