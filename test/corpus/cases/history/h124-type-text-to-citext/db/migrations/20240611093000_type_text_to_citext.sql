-- case: text -> citext on customers.email: no table rewrite, but the unique index is rebuilt (opclass changes)
-- expect: column-type-rewrite@7, column-type-rewrite@11
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN email TYPE citext;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN email TYPE text;
