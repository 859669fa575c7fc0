-- case: column and table renamed in one migration
-- expect: rename-column@6, rename-table@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE projects RENAME COLUMN name TO label;
ALTER TABLE projects RENAME TO workspaces;
