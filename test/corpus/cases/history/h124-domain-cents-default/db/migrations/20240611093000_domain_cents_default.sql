-- case: positive_cents (CHECK domain) NOT NULL DEFAULT 0: rewrite
-- expect: add-column-rewrite@7
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN shipping_cents positive_cents NOT NULL DEFAULT 0;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN shipping_cents;
