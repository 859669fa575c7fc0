-- case: goose step 1: CHECK NOT VALID (goose wraps in a transaction; SET LOCAL is fine)
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;
