CREATE TABLE public.invoices (
    id bigint NOT NULL,
    amount numeric(38,2),
    ratio double precision,
    lines integer,
    issued_at timestamp(6) without time zone,
    paid_at timestamp without time zone,
    due_on time(0) without time zone,
    code character varying(255)
);
ALTER TABLE ONLY public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
