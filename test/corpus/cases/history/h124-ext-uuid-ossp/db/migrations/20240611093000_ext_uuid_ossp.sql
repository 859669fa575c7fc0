-- case: uuid-ossp default on a busy table: volatile, rewrite
-- expect: add-column-rewrite@7, require-lock-timeout@7
-- tool: goose

-- +goose Up
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE customers ADD COLUMN public_id uuid NOT NULL DEFAULT uuid_generate_v4();

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN public_id;
