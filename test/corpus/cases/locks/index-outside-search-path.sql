-- case: the search path points at a new schema, but the index is built on the busy public table of the same name
-- expect: require-concurrent-index@9, require-lock-timeout@9
-- tool: golang-migrate
CREATE SCHEMA archive;
SET search_path TO archive;

CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);

CREATE INDEX orders_placed_at_idx ON public.orders (placed_at);
