-- case: SET LOCAL TIME ZONE 'UTC' in goose's transaction keeps the table; the Down section runs without it
-- expect: column-type-rewrite@12
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
SET LOCAL TIME ZONE 'UTC';
ALTER TABLE events ALTER COLUMN occurred_at TYPE timestamptz;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE events ALTER COLUMN occurred_at TYPE timestamp;
