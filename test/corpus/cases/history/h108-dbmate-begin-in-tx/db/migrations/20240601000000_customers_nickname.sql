-- case: dbmate wraps the up; the file's own BEGIN/COMMIT nest; the down with transaction:false may have its own
-- expect: transaction-nesting@6
-- tool: dbmate

-- migrate:up
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN nickname text;
COMMIT;

-- migrate:down transaction:false
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN nickname;
COMMIT;
