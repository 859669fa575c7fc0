-- case: a ROLLBACK left over from testing the script by hand
-- expect: transaction-nesting@6

SET lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN pdf_url text;
ROLLBACK;
