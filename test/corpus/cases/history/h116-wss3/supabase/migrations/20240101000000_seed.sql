-- case: supabase migration with a pg_dump data section (the CLI uses pgx, so no psql COPY stdin)
-- expect: syntax-error@10
-- tool: supabase
CREATE TABLE public.plans (
    id integer NOT NULL,
    name text NOT NULL
);

COPY public.plans (id, name) FROM stdin;
1	free
2	pro
\.
