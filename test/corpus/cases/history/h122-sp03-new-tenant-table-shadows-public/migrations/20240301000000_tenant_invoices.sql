-- case: a new tenant table with the same name as a public one; index on it is on the new table
-- tool: plain
-- expect: clean

CREATE SCHEMA IF NOT EXISTS tenant_globex;
SET search_path TO tenant_globex, public;
CREATE TABLE invoices (id bigint PRIMARY KEY, amount numeric(12,2), customer_id bigint);
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0);
TRUNCATE invoices;
