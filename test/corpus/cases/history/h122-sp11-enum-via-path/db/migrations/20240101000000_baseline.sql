-- +goose Up
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, status billing.invoice_status NOT NULL DEFAULT 'draft');
-- +goose Down
DROP SCHEMA billing CASCADE;
