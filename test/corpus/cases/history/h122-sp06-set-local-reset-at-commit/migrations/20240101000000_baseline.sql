CREATE SCHEMA tenant_a;
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text, created_at timestamptz);
