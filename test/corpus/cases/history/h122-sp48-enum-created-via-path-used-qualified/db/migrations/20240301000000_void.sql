-- case: the enum was created through the path (billing.invoice_status); the new value is used in the same goose transaction
-- tool: goose
-- expect: enum-value-change@8

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TYPE billing.invoice_status ADD VALUE 'void';
UPDATE billing.invoices SET status = 'void' WHERE id = 1;

-- +goose Down
SELECT 1;
