-- case: plain folder that keeps *.down.sql files: this one has its undo
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants ADD COLUMN archived_at timestamptz;
