-- case: the validated check was dropped in the previous migration: SET NOT NULL scans again
-- expect: set-not-null@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;
