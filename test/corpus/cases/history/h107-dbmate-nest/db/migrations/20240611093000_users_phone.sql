-- case: hand-written BEGIN/COMMIT inside dbmate's own transaction
-- expect: transaction-nesting@6
-- tool: dbmate

-- migrate:up
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN phone text;
COMMIT;

-- migrate:down
SET LOCAL lock_timeout = '2s';
ALTER TABLE users DROP COLUMN phone;
