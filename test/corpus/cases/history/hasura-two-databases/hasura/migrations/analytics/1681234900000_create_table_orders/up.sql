-- case: Hasura config v3: each database folder is its own history (default's orders table is not this database's)
-- expect: clean
-- tool: hasura
CREATE TABLE IF NOT EXISTS public.orders (
    id bigint NOT NULL,
    total numeric NOT NULL
);
CREATE INDEX orders_total_idx ON public.orders (total);
