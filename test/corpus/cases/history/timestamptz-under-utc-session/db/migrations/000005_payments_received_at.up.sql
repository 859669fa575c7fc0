-- case: under SET LOCAL TIME ZONE 'UTC' the type change is catalog-only: the lock on payments is held for no rewrite
-- expect: clean
-- tool: golang-migrate

BEGIN;
SET LOCAL lock_timeout = '3s';
SET LOCAL TIME ZONE 'UTC';
ALTER TABLE payments ADD COLUMN received_at timestamptz;
ALTER TABLE invoices ALTER COLUMN closed_at TYPE timestamptz;
COMMIT;
