-- case: plain folder with undo files: the down drops the column the up added
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants DROP COLUMN region;
