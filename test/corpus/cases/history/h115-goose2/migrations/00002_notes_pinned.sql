-- case: goose file with an empty Down section (the team marks it irreversible): the section exists, no missing-rollback
-- expect: clean
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE notes ADD COLUMN pinned boolean NOT NULL DEFAULT false;

-- +goose Down
