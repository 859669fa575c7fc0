-- case: NOT NULL DEFAULT false: no rewrite, and old inserts still work
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN is_admin boolean NOT NULL DEFAULT false;
