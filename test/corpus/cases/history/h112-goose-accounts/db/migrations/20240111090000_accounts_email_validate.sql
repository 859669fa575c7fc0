-- case: goose step 2: validate in its own migration
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_not_null;

-- +goose Down
SELECT 1;
