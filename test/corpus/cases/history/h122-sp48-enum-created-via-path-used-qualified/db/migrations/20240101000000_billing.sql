-- +goose Up
CREATE SCHEMA billing;
SET LOCAL search_path TO billing;
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE invoices (id bigint PRIMARY KEY, status invoice_status NOT NULL DEFAULT 'draft');
-- +goose Down
DROP SCHEMA billing CASCADE;
