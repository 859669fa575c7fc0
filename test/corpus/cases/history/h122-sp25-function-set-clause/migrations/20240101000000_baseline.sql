CREATE SCHEMA tenant_a;
CREATE TABLE tenant_a.users (id bigint PRIMARY KEY, email text);
