-- case: Hasura config v3: an index on a table the database's first migration created locks out writes
-- expect: require-concurrent-index@5
-- tool: hasura
SET lock_timeout = '3s';
CREATE INDEX orders_user_id_idx ON public.orders (user_id);
