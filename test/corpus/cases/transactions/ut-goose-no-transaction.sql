-- case: goose NO TRANSACTION file opening its own transaction and never closing it
-- expect: uncommitted-transaction@7
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE devices ADD COLUMN push_token text;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE devices DROP COLUMN push_token;
