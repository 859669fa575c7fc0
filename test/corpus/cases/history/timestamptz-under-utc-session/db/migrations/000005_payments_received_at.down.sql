-- case: without the time zone the type change rewrites invoices while payments stays locked
-- expect: column-type-rewrite@8, lock-held-during-slow-operation@8
-- tool: golang-migrate

BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE payments DROP COLUMN received_at;
ALTER TABLE invoices ALTER COLUMN closed_at TYPE timestamp;
COMMIT;
