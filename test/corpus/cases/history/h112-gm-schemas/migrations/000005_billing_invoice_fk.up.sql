-- case: index created on public.invoices(customer_id), then the FK is added on billing.invoices: that one has no index
-- expect: concurrently-in-transaction@6, foreign-key-without-index@9
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY invoices_customer_id_idx ON public.invoices (customer_id);
SET search_path = billing;
-- the billing table
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
