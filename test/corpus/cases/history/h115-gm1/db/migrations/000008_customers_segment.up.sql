-- case: no .down.sql for this migration
-- expect: missing-rollback@*
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE clients ADD COLUMN segment text;
