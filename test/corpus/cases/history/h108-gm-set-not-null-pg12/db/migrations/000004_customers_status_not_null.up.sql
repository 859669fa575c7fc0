-- case: PG 12: the validated CHECK from the history lets SET NOT NULL skip the scan
-- expect: clean
-- tool: golang-migrate
-- pg-version: 12
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN status SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_status_not_null;
