-- case: VALIDATE after another AccessExclusiveLock statement on the same table, same transaction
-- expect: validate-in-same-transaction@7

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE invoices ALTER COLUMN due_on SET DEFAULT current_date + 30;
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_amount_positive;
COMMIT;
