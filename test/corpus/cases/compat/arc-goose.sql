-- case: goose: required column, down drops it
-- expect: add-required-column@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE devices ADD COLUMN platform text NOT NULL;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE devices DROP COLUMN platform;
