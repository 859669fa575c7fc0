CREATE TABLE tenants (tenant_id int NOT NULL, id bigint NOT NULL, v text) PARTITION BY LIST (tenant_id);
CREATE TABLE tenants_1 PARTITION OF tenants FOR VALUES IN (1);
CREATE TABLE tenants_2 (tenant_id int NOT NULL, id bigint NOT NULL, v text);
ALTER TABLE metrics_2025 ADD CONSTRAINT metrics_2025_bound CHECK (recorded_at IS NOT NULL AND recorded_at >= '2025-01-01 00:00:00+00'::timestamptz AND recorded_at < '2026-01-01 00:00:00+00'::timestamptz);
