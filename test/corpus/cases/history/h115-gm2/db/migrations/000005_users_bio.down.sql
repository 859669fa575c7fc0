-- case: the up qualified the table with its schema, the down does not: same column
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN bio;
