-- case: a view on billing.invoices.number, then the column is narrowed again
-- expect: column-type-rewrite@8
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE VIEW billing.invoice_numbers AS SELECT id, number FROM billing.invoices;
DROP VIEW billing.invoice_numbers;
ALTER TABLE billing.invoices ALTER COLUMN number TYPE varchar(30);
CREATE VIEW billing.invoice_numbers AS SELECT id, number FROM billing.invoices;
