-- case: undo of V3 under another description
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members DROP COLUMN display_name;
