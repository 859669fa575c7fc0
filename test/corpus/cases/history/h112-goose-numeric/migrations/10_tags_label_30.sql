-- case: version 10 runs after 2: label is varchar(50), -> varchar(30) narrows
-- expect: column-type-rewrite@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN label TYPE varchar(30);

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN label TYPE varchar(50);
