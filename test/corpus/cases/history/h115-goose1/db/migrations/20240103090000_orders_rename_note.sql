-- case: Up renames note; Down renames it back but also drops a column the Up never added (copy-paste)
-- expect: rename-column@7, drop-column@12
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN note TO internal_note;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders RENAME COLUMN internal_note TO note;
ALTER TABLE orders DROP COLUMN placed_at;
