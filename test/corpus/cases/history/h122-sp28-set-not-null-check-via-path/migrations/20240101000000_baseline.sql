CREATE SCHEMA tenant_a;
CREATE TABLE public.customers (id bigint PRIMARY KEY, email text);
CREATE TABLE tenant_a.customers (id bigint PRIMARY KEY, email text);
