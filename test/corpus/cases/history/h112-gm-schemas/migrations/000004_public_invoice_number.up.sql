-- case: search_path is reset to public: invoices is public.invoices (varchar(10)) -> varchar(40) is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
SET search_path TO public;
ALTER TABLE invoices ALTER COLUMN number TYPE varchar(40);
