-- case: list partition with CHECK (tenant_id IN (2, 3))
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE tenants ATTACH PARTITION tenants_2 FOR VALUES IN (2, 3);
