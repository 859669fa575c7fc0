-- case: PG 10 rewrites the table for any non-null default, even a constant
-- expect: add-column-rewrite@6
-- tool: golang-migrate
-- pg-version: 10
SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'basic';
