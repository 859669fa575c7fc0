-- case: list partition with CHECK (tenant_id = 2)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE tenants ATTACH PARTITION tenants_2 FOR VALUES IN (2);
