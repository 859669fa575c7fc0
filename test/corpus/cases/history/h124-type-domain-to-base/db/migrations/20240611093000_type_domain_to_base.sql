-- case: positive_cents -> bigint (its base type): no rewrite
-- expect: column-type-rewrite@11
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN total TYPE bigint;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN total TYPE positive_cents;
