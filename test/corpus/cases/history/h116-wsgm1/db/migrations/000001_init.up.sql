-- case: the whole golang-migrate folder is one squashed dump, with no down file
-- expect: missing-rollback@*
-- tool: golang-migrate
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    email text NOT NULL
);

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    account_id bigint NOT NULL
);

CREATE INDEX sessions_account_id_idx ON public.sessions USING btree (account_id);

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);
