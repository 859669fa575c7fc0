-- case: CHECK (due_on IS NOT NULL) NOT VALID
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_due_on_nn CHECK (due_on IS NOT NULL) NOT VALID;
