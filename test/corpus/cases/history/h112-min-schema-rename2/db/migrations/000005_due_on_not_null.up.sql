-- case: finance.invoices is billing.invoices: its validated CHECK (due_on IS NOT NULL) makes SET NOT NULL skip the scan
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE finance.invoices ALTER COLUMN due_on SET NOT NULL;
ALTER TABLE finance.invoices DROP CONSTRAINT invoices_due_on_nn;
