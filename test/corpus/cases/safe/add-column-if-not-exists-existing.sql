-- case: idempotent migration re-adding columns the table already has (PostgreSQL skips them)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS email text NOT NULL;
