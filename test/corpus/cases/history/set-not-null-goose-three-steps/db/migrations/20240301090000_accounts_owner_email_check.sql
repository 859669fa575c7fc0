-- case: goose step 1: NOT VALID check
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_email_not_null CHECK (owner_email IS NOT NULL) NOT VALID;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP CONSTRAINT accounts_owner_email_not_null;
