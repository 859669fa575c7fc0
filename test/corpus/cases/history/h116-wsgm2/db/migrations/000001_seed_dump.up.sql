-- case: a pg_dump with data pasted into golang-migrate: COPY ... FROM stdin has no stdin over lib/pq's Exec, so the data lines reach the server as SQL
-- expect: syntax-error@10
-- tool: golang-migrate
CREATE TABLE public.plans (
    id integer NOT NULL,
    name text NOT NULL
);

COPY public.plans (id, name) FROM stdin;
1	free
2	pro
\.

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_pkey PRIMARY KEY (id);
