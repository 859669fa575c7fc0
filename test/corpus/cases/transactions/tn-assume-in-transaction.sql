-- case: assumeInTransaction: the runner opens the transaction, the file opens another
-- expect: transaction-nesting@5
-- assume-in-transaction: true

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN promo_code text;
COMMIT;
