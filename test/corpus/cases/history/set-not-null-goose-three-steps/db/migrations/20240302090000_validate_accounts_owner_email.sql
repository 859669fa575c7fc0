-- case: goose step 2: VALIDATE in its own migration
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_email_not_null;

-- +goose Down
SELECT 'down SQL query';
