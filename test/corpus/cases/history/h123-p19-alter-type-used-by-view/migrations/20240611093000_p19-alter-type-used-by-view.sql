-- case: retyping a column a view selects (PostgreSQL refuses: used by a view)
-- expect: column-type-rewrite@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE varchar(100);
