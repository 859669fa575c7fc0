-- case: ADD COLUMN with DEFAULT nextval(): rewrite
-- expect: add-column-rewrite@7
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN invoice_number bigint DEFAULT nextval('invoice_number_seq');

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN invoice_number;
