CREATE SCHEMA "Tenant_A";
CREATE TABLE "Tenant_A".orders (id bigint PRIMARY KEY, ref text);
