-- case: RENAME without the COLUMN keyword renames a column
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE projects RENAME title TO name;
