CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.orders (id bigint PRIMARY KEY, total numeric(10,2));
