-- case: time zone set to UTC, then RESET before the ALTER: rewrites again
-- expect: column-type-rewrite@7
-- tool: golang-migrate
SET lock_timeout = '2s';
SET timezone TO 'UTC';
RESET timezone;
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz(0);
