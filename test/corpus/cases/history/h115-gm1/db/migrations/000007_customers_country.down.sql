-- case: down drops its column but also drops the invoices table the up never touched
-- expect: drop-table@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE clients DROP COLUMN country;
DROP TABLE invoices;
