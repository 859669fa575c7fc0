-- case: plain folder without any undo files: no missing-rollback
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants ADD COLUMN region text;
