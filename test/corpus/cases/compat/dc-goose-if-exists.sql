-- case: goose: DROP COLUMN IF EXISTS, down adds it back
-- expect: drop-column@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE products DROP COLUMN IF EXISTS legacy_sku;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE products ADD COLUMN legacy_sku text;
