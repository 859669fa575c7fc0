-- case: and back, under UTC too
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '3s';
SET timezone = 'Etc/UTC';
ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;
