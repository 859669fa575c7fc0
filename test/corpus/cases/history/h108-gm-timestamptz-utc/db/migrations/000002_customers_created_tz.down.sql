-- case: back to timestamp with the server's time zone: rewrites
-- expect: column-type-rewrite@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamp;
