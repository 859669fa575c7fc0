-- case: goose file saved with CRLF line endings on Windows
-- expect: require-concurrent-index@10, require-lock-timeout@7, add-required-column@7, lock-held-during-slow-operation@10
-- expect: require-concurrent-drop-index@14, require-lock-timeout@14
-- tool: goose

-- +goose Up
ALTER TABLE invoices
  ADD COLUMN currency char(3) NOT NULL;

CREATE INDEX invoices_currency_idx
  ON invoices (currency);

-- +goose Down
DROP INDEX invoices_currency_idx;
ALTER TABLE invoices DROP COLUMN currency;
