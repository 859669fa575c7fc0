-- case: goose: SET LOCAL inside the tool transaction, both sections
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE shipments ADD COLUMN carrier text;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE shipments DROP COLUMN carrier;
