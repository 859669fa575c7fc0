CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.events (id bigint PRIMARY KEY, kind text);
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text);
