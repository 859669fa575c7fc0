-- case: validated in its own migration
-- expect: clean
-- tool: golang-migrate

ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_due_on_nn;
