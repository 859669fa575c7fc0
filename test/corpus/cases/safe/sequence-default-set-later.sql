-- case: nextval() in SET DEFAULT affects new rows only
-- expect: clean

CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 100000;
SET lock_timeout = '2s';
ALTER TABLE invoices ALTER COLUMN number SET DEFAULT nextval('invoice_number_seq');
