-- case: add and drop on one table
-- tool: plain
-- expect: drop-column@6, mixed-expand-contract@6
SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN tier text;
ALTER TABLE accounts DROP COLUMN plan;
