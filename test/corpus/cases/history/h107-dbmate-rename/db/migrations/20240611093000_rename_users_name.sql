-- case: rename a column old app servers still read; down renames it back
-- expect: rename-column@6, require-lock-timeout@6
-- tool: dbmate

-- migrate:up
ALTER TABLE users RENAME COLUMN name TO full_name;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE users RENAME COLUMN full_name TO name;
