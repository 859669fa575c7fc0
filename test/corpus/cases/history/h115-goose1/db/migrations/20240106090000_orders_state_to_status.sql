-- case: Up expands and contracts orders in one migration; Down reverses both (drop of the added column, re-add of the dropped one)
-- expect: mixed-expand-contract@8, drop-column@8
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN status text;
ALTER TABLE orders DROP COLUMN state;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN state text NOT NULL DEFAULT 'new';
ALTER TABLE orders DROP COLUMN status;
