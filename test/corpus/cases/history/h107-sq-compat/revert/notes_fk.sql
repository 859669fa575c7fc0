BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE account_notes DROP CONSTRAINT account_notes_account_fk;
COMMIT;
