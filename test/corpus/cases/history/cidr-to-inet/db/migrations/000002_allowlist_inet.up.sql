-- case: cidr to inet is binary compatible
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE ip_allowlist ALTER COLUMN network TYPE inet;
