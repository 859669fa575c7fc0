-- case: contract without a suppression: still flagged, someone must confirm no code reads it
-- expect: drop-column@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN full_name;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN full_name text;
