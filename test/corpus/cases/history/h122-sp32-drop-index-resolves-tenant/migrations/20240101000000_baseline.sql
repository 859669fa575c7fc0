CREATE SCHEMA tenant_a;
CREATE TABLE public.sessions (id bigint PRIMARY KEY, token text);
CREATE INDEX sessions_token_idx ON public.sessions (token);
