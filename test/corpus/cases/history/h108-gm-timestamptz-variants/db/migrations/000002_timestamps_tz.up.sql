-- case: Etc/UTC is offset 0 too (SET LOCAL holds in the one-query implicit transaction); timestamp(0) -> timestamptz(0) rewrites even in UTC
-- expect: column-type-rewrite@8, lock-held-during-slow-operation@8
-- tool: golang-migrate
SET lock_timeout = '2s';
SET LOCAL TIME ZONE 'Etc/UTC';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamptz;
SET timezone = 'GMT';
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz(0);
