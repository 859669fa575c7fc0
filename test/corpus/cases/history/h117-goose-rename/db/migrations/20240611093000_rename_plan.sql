-- case: rename column, down renames back
-- tool: goose
-- expect: rename-column@5, require-lock-timeout@5, require-lock-timeout@8
-- +goose Up
ALTER TABLE accounts RENAME COLUMN plan TO tier;

-- +goose Down
ALTER TABLE accounts RENAME COLUMN tier TO plan;
