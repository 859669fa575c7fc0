CREATE SCHEMA tenant_a;
CREATE TABLE public.users (id bigint PRIMARY KEY, email text);
