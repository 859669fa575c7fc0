-- case: the down renames the new table back to invoices_v2 (undo) but then drops invoices_old, the original table, instead of renaming it back
-- expect: drop-table@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE invoices RENAME TO invoices_v2;
DROP TABLE invoices_old;
