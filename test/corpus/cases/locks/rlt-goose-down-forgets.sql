-- case: goose: lock_timeout in the up section does not cover the down section
-- expect: require-lock-timeout@10
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE shipments ADD COLUMN carrier text;

-- +goose Down
ALTER TABLE shipments DROP COLUMN carrier;
