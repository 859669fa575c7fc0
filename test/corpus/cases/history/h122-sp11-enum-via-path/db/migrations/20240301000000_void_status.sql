-- case: enum found through SET LOCAL search_path; the new value is used in the same (goose) transaction
-- tool: goose
-- expect: enum-value-change@9

-- +goose Up
SET LOCAL search_path TO billing, public;
SET LOCAL lock_timeout = '3s';
ALTER TYPE invoice_status ADD VALUE 'void';
UPDATE invoices SET status = 'void' WHERE id IN (SELECT id FROM invoices WHERE status = 'draft');

-- +goose Down
SELECT 1;
