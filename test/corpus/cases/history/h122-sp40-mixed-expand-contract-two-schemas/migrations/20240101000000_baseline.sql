CREATE SCHEMA tenant_a;
CREATE TABLE public.orders (id bigint PRIMARY KEY, legacy_ref text);
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, legacy_ref text);
