-- case: down drops the table the up created (under the name invoices_v2) and renames the old one back
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE invoices;
ALTER TABLE invoices_old RENAME TO invoices;
