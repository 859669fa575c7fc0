-- case: PG 11 rewrites timestamp -> timestamptz whatever the time zone
-- expect: column-type-rewrite@7
-- tool: golang-migrate
-- pg-version: 11
SET lock_timeout = '2s';
SET TIME ZONE 'UTC';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamptz;
