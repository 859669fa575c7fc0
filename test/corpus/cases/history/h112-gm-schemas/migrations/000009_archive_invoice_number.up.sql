-- case: archive.invoices (moved from public in 000008, number varchar(40)) -> varchar(50) is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE archive.invoices ALTER COLUMN number TYPE varchar(50);
