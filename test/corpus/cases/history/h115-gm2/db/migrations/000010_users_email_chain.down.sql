-- case: the down renames straight back in one step
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users RENAME COLUMN primary_email TO email;
