-- case: down widens billing.invoices.number back to 50: free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE billing.invoices ALTER COLUMN number TYPE varchar(50);
