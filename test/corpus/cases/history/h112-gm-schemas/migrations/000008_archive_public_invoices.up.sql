-- case: public.invoices moves to the archive schema; its number is varchar(40) (since 000004): -> varchar(50) is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE SCHEMA archive;
ALTER TABLE public.invoices SET SCHEMA archive;
