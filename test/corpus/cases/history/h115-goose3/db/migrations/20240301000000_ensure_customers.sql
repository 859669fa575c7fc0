-- case: defensive CREATE TABLE IF NOT EXISTS / ADD COLUMN IF NOT EXISTS of objects migration 1 made (no-ops); the Down drops them anyway
-- expect: drop-column@11, drop-table@12
-- tool: goose

-- +goose Up
CREATE TABLE IF NOT EXISTS customers (id bigserial PRIMARY KEY, email text, phone text);

-- +goose Down
SET lock_timeout = '2s';
-- phone predates this migration: migration 1 added it
ALTER TABLE customers DROP COLUMN phone;
DROP TABLE customers;
