-- case: up renames the table, then a column of it
-- expect: rename-table@6, rename-column@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE customers RENAME TO clients;
ALTER TABLE clients RENAME COLUMN name TO full_name;
