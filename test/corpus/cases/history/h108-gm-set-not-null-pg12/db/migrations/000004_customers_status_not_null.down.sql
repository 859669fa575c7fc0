-- case: the down puts the check back (a full scan: no NOT VALID) and drops NOT NULL
-- expect: require-lock-timeout@4, constraint-without-not-valid@4
-- tool: golang-migrate
ALTER TABLE customers ADD CONSTRAINT customers_status_not_null CHECK (status IS NOT NULL);
ALTER TABLE customers ALTER COLUMN status DROP NOT NULL;
