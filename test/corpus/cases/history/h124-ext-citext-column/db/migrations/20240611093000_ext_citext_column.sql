-- case: CREATE EXTENSION then a citext column with a constant default: no rewrite
-- expect: clean
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE EXTENSION IF NOT EXISTS citext;
ALTER TABLE legacy_events ADD COLUMN source citext NOT NULL DEFAULT 'api';

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE legacy_events DROP COLUMN source;
