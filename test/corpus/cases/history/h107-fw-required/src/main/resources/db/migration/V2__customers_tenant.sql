-- case: JPA adds a NOT NULL column with no default: fails on a non-empty table, old inserts fail
-- expect: add-required-column@6
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN tenant_id BIGINT NOT NULL;
