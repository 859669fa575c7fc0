-- case: ADD COLUMN then backfill in the same transaction: the AccessExclusiveLock is held during the UPDATE
-- expect: lock-held-during-slow-operation@7, unbatched-backfill@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN paid_at timestamptz;
UPDATE invoices SET paid_at = updated_at WHERE status = 'paid';
COMMIT;
