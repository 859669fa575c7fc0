-- case: RENAME VALUE on an enum found through the path
-- tool: goose
-- expect: enum-value-change@7, enum-value-change@10

-- +goose Up
SET LOCAL search_path TO billing;
ALTER TYPE invoice_status RENAME VALUE 'sent' TO 'issued';

-- +goose Down
ALTER TYPE billing.invoice_status RENAME VALUE 'issued' TO 'sent';
