-- case: sqitch: FK added NOT VALID, but the referencing column has no index
-- expect: foreign-key-without-index@8
-- tool: sqitch

-- Deploy metrics:notes_fk to pg
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE account_notes ADD CONSTRAINT account_notes_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
COMMIT;
