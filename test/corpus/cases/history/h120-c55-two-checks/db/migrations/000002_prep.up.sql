CREATE TABLE tenants (tenant_id int NOT NULL, id bigint NOT NULL, v text) PARTITION BY LIST (tenant_id);
CREATE TABLE tenants_1 PARTITION OF tenants FOR VALUES IN (1);
CREATE TABLE tenants_2 (tenant_id int NOT NULL, id bigint NOT NULL, v text);
ALTER TABLE metrics_2025 ADD CONSTRAINT lo CHECK (recorded_at >= '2025-01-01'), ADD CONSTRAINT hi CHECK (recorded_at < '2026-01-01');
