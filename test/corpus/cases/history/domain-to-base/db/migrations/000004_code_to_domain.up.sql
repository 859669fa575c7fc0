-- case: text → a domain over text without constraints keeps the table
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN code TYPE plain_text;
