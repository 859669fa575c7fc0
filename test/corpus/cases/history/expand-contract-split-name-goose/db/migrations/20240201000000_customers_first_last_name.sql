-- case: expand: two nullable columns
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN first_name text, ADD COLUMN last_name text;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN first_name, DROP COLUMN last_name;
