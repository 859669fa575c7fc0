-- case: PostgreSQL 18 virtual generated columns are computed on read: no rewrite
-- pg-version: 18
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) VIRTUAL;
ALTER TABLE users ADD COLUMN email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2));
