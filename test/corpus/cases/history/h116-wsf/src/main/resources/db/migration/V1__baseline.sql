-- case: Flyway baseline from pg_dump with data: Flyway runs COPY ... FROM STDIN itself
-- expect: clean
-- tool: flyway
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', 'public', false);

CREATE TABLE public.countries (
    code character(2) NOT NULL,
    name text NOT NULL
);

COPY public.countries (code, name) FROM stdin;
DE	Germany
FR	France; République
\.

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_pkey PRIMARY KEY (code);

CREATE TABLE public.addresses (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    country_code character(2) NOT NULL,
    line1 text
);

ALTER TABLE ONLY public.addresses
    ADD CONSTRAINT addresses_pkey PRIMARY KEY (id);

CREATE INDEX addresses_country_code_idx ON public.addresses USING btree (country_code);

ALTER TABLE ONLY public.addresses
    ADD CONSTRAINT addresses_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);
