-- hasura:no-transaction
-- case: Hasura runs a file whose first line is -- hasura:no-transaction outside a transaction
-- expect: clean
-- tool: hasura
CREATE INDEX CONCURRENTLY orders_created_at_idx ON public.orders (created_at);
