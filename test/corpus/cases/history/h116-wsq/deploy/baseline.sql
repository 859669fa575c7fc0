-- case: sqitch deploy script made from pg_dump with data; sqitch runs it with psql, so COPY stdin and \connect-free meta-commands work
-- expect: clean
-- tool: sqitch
BEGIN;

SET LOCAL statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', true);

CREATE TABLE public.orders (
    id bigint NOT NULL,
    email text NOT NULL
);

COPY public.orders (id, email) FROM stdin;
1	a@example.com
2	b@example.com
\.

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

COMMIT;
