CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number text NOT NULL,
  issued_at timestamp NOT NULL,
  due_at timestamp,
  paid_at timestamp,
  closed_at timestamp
);
CREATE INDEX invoices_paid_at_idx ON invoices (paid_at);

CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id bigint NOT NULL REFERENCES invoices (id),
  amount numeric(12, 2) NOT NULL
);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
