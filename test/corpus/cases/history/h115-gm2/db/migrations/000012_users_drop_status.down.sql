-- case: contract undone: the column comes back NOT NULL with a constant default (no rewrite on PG >= 11)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';
