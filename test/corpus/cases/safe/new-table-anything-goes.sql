-- case: everything on a table created in this migration is safe
-- expect: clean

CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number text,
  total_cents bigint NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invoices_number_key ON invoices (number);
ALTER TABLE invoices ADD CONSTRAINT invoices_total_nonnegative CHECK (total_cents >= 0);
ALTER TABLE invoices ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE invoices ALTER COLUMN number SET NOT NULL;
ALTER TABLE invoices ALTER COLUMN total_cents TYPE numeric(14, 0);
COMMENT ON TABLE invoices IS 'Issued invoices, one row per PDF';
