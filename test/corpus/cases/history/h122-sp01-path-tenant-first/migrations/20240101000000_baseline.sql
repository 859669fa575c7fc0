CREATE SCHEMA tenant_acme;
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint, note text);
CREATE TABLE tenant_acme.orders (id bigint PRIMARY KEY, customer_id bigint, note varchar(50));
