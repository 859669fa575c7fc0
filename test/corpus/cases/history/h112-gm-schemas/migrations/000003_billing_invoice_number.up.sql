-- case: with billing first on the path, invoices is billing.invoices (varchar(50)): -> varchar(40) narrows (rewrite)
-- expect: column-type-rewrite@7
-- tool: golang-migrate

SET lock_timeout = '2s';
SET search_path TO billing, public;
ALTER TABLE invoices ALTER COLUMN number TYPE varchar(40);
