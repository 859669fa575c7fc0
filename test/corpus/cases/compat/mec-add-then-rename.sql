-- case: adds a column and renames another on the same table
-- expect: mixed-expand-contract@6, rename-column@6

SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN legal_name text;
ALTER TABLE accounts RENAME COLUMN name TO display_name;
