-- case: without -- hasura:no-transaction, Hasura runs the migration in a transaction, where CONCURRENTLY fails
-- expect: concurrently-in-transaction@4
-- tool: hasura
CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders (status);
