-- case: ADD COLUMN ... GENERATED ALWAYS AS IDENTITY: rewrite
-- expect: add-column-rewrite@6, require-lock-timeout@6
-- tool: goose

-- +goose Up
ALTER TABLE legacy_events ADD COLUMN event_no bigint GENERATED ALWAYS AS IDENTITY;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE legacy_events DROP COLUMN event_no;
