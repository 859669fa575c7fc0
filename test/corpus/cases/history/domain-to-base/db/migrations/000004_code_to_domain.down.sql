-- case: a domain without constraints → its base type keeps the table
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN code TYPE text;
