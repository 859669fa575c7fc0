-- case: up renames (flagged)
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts RENAME COLUMN name TO display_name;
