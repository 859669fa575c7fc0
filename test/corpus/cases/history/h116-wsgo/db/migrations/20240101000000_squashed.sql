-- case: goose squash of older migrations: the dump wrapped in Up/Down with StatementBegin for the function
-- expect: clean
-- tool: goose
-- +goose Up
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', 'public', false);

CREATE TABLE public.tenants (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE public.projects (
    id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    title text NOT NULL,
    archived boolean DEFAULT false NOT NULL
);

ALTER TABLE public.projects ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.projects_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

-- +goose StatementBegin
CREATE FUNCTION public.projects_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.archived AND OLD.archived THEN
    RAISE EXCEPTION 'archived';
  END IF;
  RETURN NEW;
END;
$$;
-- +goose StatementEnd

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_slug_key UNIQUE (slug);

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE INDEX projects_tenant_id_archived_idx ON public.projects USING btree (tenant_id, archived);

CREATE TRIGGER projects_guard BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.projects_guard();

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

-- +goose Down
DROP TABLE public.projects;
DROP TABLE public.tenants;
DROP FUNCTION public.projects_guard();
