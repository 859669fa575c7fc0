-- case: timestamp to timestamptz under a session time zone of UTC keeps the table (PostgreSQL 12+)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '3s';
SET TIME ZONE 'UTC';
ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;
