-- case: the whole folder is one pg_dump file (schema and data), applied with psql -f
-- expect: prefer-jsonb@16
-- tool: plain
--
-- PostgreSQL database dump
--

\restrict Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv

SET statement_timeout = 0;
SET lock_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

\connect inventory

CREATE TABLE public.items (
    id integer NOT NULL,
    sku text NOT NULL,
    price numeric(10,2),
    attrs json
);

CREATE SEQUENCE public.items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;

ALTER TABLE ONLY public.items ALTER COLUMN id SET DEFAULT nextval('public.items_id_seq'::regclass);

COPY public.items (id, sku, price, attrs) FROM stdin;
1	A-1	9.99	{"color": "red; blue"}
2	B-2	\N	{"note": "it's -- fine"}
3	C-3	1.00	{"sql": "ALTER TABLE items DROP COLUMN sku;"}
\.

SELECT pg_catalog.setval('public.items_id_seq', 3, true);

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX items_sku_idx ON public.items USING btree (sku);

\unrestrict Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv
