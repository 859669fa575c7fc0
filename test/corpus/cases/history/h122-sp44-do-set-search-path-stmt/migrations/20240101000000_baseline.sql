CREATE SCHEMA tenant_a;
CREATE TABLE public.orders (id bigint PRIMARY KEY, ref text);
