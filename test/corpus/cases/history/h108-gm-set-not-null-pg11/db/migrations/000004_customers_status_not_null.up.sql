-- case: PG 11 scans the table for SET NOT NULL even with a validated CHECK
-- expect: set-not-null@6
-- tool: golang-migrate
-- pg-version: 11
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN status SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_status_not_null;
