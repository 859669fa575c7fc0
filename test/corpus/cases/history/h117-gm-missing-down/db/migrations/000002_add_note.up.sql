-- case: no down file
-- tool: golang-migrate
-- expect: missing-rollback@*
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
