-- case: new table built beside the old one, then swapped in by renames in one implicit transaction (the name stays valid)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
CREATE TABLE invoices_v2 (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL,
  total_cents bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR'
);
CREATE INDEX invoices_v2_customer_id_idx ON invoices_v2 (customer_id);
ALTER TABLE invoices RENAME TO invoices_old;
ALTER TABLE invoices_v2 RENAME TO invoices;
