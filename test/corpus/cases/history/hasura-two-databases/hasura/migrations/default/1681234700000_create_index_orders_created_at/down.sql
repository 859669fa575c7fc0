-- hasura:no-transaction
-- case: the down.sql of a no-transaction migration says so on its own first line
-- expect: clean
-- tool: hasura
DROP INDEX CONCURRENTLY public.orders_created_at_idx;
