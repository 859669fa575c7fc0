-- case: DROP SCHEMA ... CASCADE drops the tables in it, as DROP TABLE would; DROP EXTENSION ... CASCADE drops the
-- case: columns of its types
-- expect: drop-table@7, drop-column@8
-- tool: golang-migrate
SET lock_timeout = '2s';
-- sluice-ignore require-lock-timeout: set above
DROP SCHEMA tenant_acme CASCADE;
DROP EXTENSION citext CASCADE;
