SET lock_timeout = '2s';
CREATE TABLE invoices_v2 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint NOT NULL, total_cents bigint NOT NULL);
ALTER TABLE invoices RENAME TO invoices_old;
ALTER TABLE invoices_v2 RENAME TO invoices;
