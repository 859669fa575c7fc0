-- case: a SET inside a transaction that is rolled back is undone: the ALTER after ROLLBACK waits forever
-- expect: require-lock-timeout@9
-- tool: golang-migrate
BEGIN;
SET lock_timeout = '2s';
SELECT 1 FROM pg_class WHERE relname = 'orders';
ROLLBACK;

ALTER TABLE orders ADD COLUMN archived_at timestamptz;
