-- case: schema renamed: billing.invoices is now finance.invoices (varchar(30)); widening it is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER SCHEMA billing RENAME TO finance;
ALTER TABLE finance.invoices ALTER COLUMN number TYPE varchar(60);
