-- case: under UTC the table is kept, but the index on paid_at is rebuilt under the AccessExclusiveLock
-- expect: column-type-rewrite@7
-- tool: golang-migrate

SET lock_timeout = '3s';
SET TIME ZONE 'UTC';
ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamptz;
