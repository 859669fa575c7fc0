-- case: goose migration with a pg_dump data section: goose runs it through database/sql, which has no COPY stdin
-- expect: syntax-error@11
-- tool: goose
-- +goose Up
CREATE TABLE public.plans (
    id integer NOT NULL,
    name text NOT NULL
);

COPY public.plans (id, name) FROM stdin;
1	free
2	pro
\.

-- +goose Down
DROP TABLE public.plans;
