-- case: plain folder that keeps *.down.sql files: this one has none
-- expect: missing-rollback@*
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants ADD COLUMN owner_email text;
