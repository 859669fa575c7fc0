-- case: goose sorts versions numerically: 2 runs before 10; label varchar(20) -> varchar(50) free
-- expect: column-type-rewrite@11
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN label TYPE varchar(50);

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN label TYPE varchar(20);
