CREATE TABLE tenants (tenant_id int NOT NULL, id bigint NOT NULL, v text) PARTITION BY LIST (tenant_id);
CREATE TABLE tenants_1 PARTITION OF tenants FOR VALUES IN (1);
CREATE TABLE tenants_2 (tenant_id int NOT NULL, id bigint NOT NULL, v text);
ALTER TABLE tenants_2 ADD CONSTRAINT tenants_2_bound CHECK (tenant_id = 2);
