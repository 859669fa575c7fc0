-- case: alembic offline output (its own BEGIN/COMMIT) run by a runner that wraps each migration in a transaction
-- expect: transaction-nesting@5
-- tool: plain
-- assume-in-transaction: true
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN region TEXT;
COMMIT;
