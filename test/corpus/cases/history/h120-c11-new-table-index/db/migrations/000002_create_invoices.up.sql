-- case: new table referencing customers, indexed in the same file
-- expect: require-lock-timeout@4
-- tool: golang-migrate
CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  number text NOT NULL
);
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE UNIQUE INDEX invoices_number_key ON invoices (number);
