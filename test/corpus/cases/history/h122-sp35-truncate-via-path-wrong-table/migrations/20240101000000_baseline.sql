CREATE SCHEMA tenant_a;
CREATE TABLE public.import_rows (id bigint PRIMARY KEY, payload jsonb);
