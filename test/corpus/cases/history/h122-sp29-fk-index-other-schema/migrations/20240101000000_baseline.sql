CREATE SCHEMA tenant_a;
CREATE TABLE public.customers (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE TABLE tenant_a.customers (id bigint PRIMARY KEY);
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX orders_customer_id_idx ON tenant_a.orders (customer_id);
