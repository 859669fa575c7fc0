-- case: public.invoices is created here; billing.invoices is pre-existing
-- expect: require-lock-timeout@4, foreign-key-without-index@4, unique-without-index@11

CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES billing.accounts (id)
);

ALTER TABLE invoices ADD CONSTRAINT invoices_id_account_uniq UNIQUE (id, account_id);

ALTER TABLE billing.invoices
  ADD CONSTRAINT invoices_number_key UNIQUE (number);
