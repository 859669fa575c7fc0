-- case: PostgreSQL 10: even a constant default rewrites
-- expect: add-column-rewrite@6
-- pg-version: 10

SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active';
