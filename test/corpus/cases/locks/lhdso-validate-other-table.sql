-- case: a VALIDATE on payments while orders is locked by the same transaction
-- expect: lock-held-during-slow-operation@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN cancel_reason text;
ALTER TABLE payments VALIDATE CONSTRAINT payments_amount_positive;
COMMIT;
