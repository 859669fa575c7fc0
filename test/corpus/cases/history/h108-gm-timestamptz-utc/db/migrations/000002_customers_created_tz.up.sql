-- case: timestamp -> timestamptz with the session in UTC: PG 12+ skips the rewrite (the file is one implicit transaction)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
SET TIME ZONE 'UTC';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamptz;
