-- case: psql file with a BEGIN and no COMMIT (the COMMIT got lost in a merge)
-- expect: uncommitted-transaction@5
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN locale text;
