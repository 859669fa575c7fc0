-- case: goose file without a Down section
-- expect: missing-rollback@*
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN source text;
