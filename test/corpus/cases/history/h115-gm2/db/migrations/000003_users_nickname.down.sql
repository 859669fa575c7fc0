-- case: the down undoes the previous migration's rename instead of its own change: a real rename
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users RENAME COLUMN full_name TO name;
