CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.customers (id bigint PRIMARY KEY);
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, customer_id bigint);
