-- case: knex: new schema, new table, unnamed index
-- expect: clean

CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE billing.invoices (
  id bigserial PRIMARY KEY,
  number text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON billing.invoices (created_at);
