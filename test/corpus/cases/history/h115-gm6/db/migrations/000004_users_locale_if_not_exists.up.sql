-- case: ADD COLUMN IF NOT EXISTS of a column that already exists: a no-op
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN IF NOT EXISTS locale text;
