-- case: goose already wraps the migration: BEGIN/COMMIT inside it
-- expect: transaction-nesting@6, require-lock-timeout@7, transaction-nesting@11, require-lock-timeout@12
-- tool: goose

-- +goose Up
BEGIN;
ALTER TABLE teams ADD COLUMN slack_channel text;
COMMIT;

-- +goose Down
BEGIN;
ALTER TABLE teams DROP COLUMN slack_channel;
COMMIT;
