-- case: a status column turned into an enum by dropping it and adding it back under the same name, in the one
-- case: transaction Flyway runs the file in. Running code never sees invoices.status go missing (the reader waits for
-- case: the lock, then finds the new column), but every invoice's status is gone: all rows read 'draft' after commit
-- case: (PostgreSQL 15). ALTER COLUMN ... TYPE invoice_status USING status::invoice_status keeps the values.
-- tool: flyway
-- expect: require-lock-timeout@9, drop-column@9
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');

ALTER TABLE invoices DROP COLUMN status;
ALTER TABLE invoices ADD COLUMN status invoice_status NOT NULL DEFAULT 'draft';
