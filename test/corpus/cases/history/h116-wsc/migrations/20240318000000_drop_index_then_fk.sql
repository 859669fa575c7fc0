-- case: the dump's covering index is dropped, then a FK on that column
-- expect: foreign-key-without-index@7
-- tool: plain

SET lock_timeout = '2s';
DROP INDEX CONCURRENTLY public.orders_customer_id_placed_at_idx;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk3 FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID;
