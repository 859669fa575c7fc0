-- case: finance.invoices (billing renamed in 000007; number varchar(60)) -> varchar(70) is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE finance.invoices ALTER COLUMN number TYPE varchar(70);
