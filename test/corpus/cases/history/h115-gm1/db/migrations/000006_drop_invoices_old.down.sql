-- case: down recreates the dropped table (new table, nothing to flag)
-- expect: clean
-- tool: golang-migrate

CREATE TABLE invoices_old (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL,
  total numeric(12,2) NOT NULL
);
