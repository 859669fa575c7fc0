-- case: finance.invoices is billing.invoices renamed: number varchar(30) -> varchar(60) is free; customer_id is indexed
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE finance.invoices ALTER COLUMN number TYPE varchar(60);
ALTER TABLE finance.invoices ADD CONSTRAINT invoices_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES finance.customers (id) NOT VALID;
