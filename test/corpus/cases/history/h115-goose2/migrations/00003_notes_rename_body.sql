-- case: the rename and its undo both written inside DO blocks between StatementBegin/End
-- expect: rename-column@9
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
-- +goose StatementBegin
DO $$ BEGIN
  ALTER TABLE notes RENAME COLUMN body TO content;
END $$;
-- +goose StatementEnd

-- +goose Down
SET lock_timeout = '2s';
-- +goose StatementBegin
DO $$ BEGIN
  ALTER TABLE notes RENAME COLUMN content TO body;
END $$;
-- +goose StatementEnd
