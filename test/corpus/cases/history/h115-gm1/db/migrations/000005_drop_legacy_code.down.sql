-- case: down re-adds the dropped column as it was (nullable): clean
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE clients ADD COLUMN legacy_code text;
