-- case: goose version 10 after 3 (numeric order): author exists from 1; Down re-adds it
-- expect: drop-column@7
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE notes DROP COLUMN author;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE notes ADD COLUMN author text;
