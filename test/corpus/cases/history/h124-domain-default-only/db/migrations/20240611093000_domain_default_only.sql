-- case: a domain with only a DEFAULT (no constraint): ADD COLUMN keeps the table
-- expect: clean
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
CREATE DOMAIN channel_name AS text DEFAULT 'web';
ALTER TABLE orders ADD COLUMN channel channel_name;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN channel;
DROP DOMAIN channel_name;
