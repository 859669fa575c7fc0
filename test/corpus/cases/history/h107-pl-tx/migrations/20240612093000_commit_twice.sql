-- case: stray COMMIT with no transaction open
-- expect: transaction-nesting@9
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN timezone text;
COMMIT;
COMMIT;
