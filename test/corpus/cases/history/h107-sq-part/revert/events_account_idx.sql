-- Revert
BEGIN;
SET LOCAL lock_timeout = '2s';
DROP INDEX events_account_id_idx;
COMMIT;
