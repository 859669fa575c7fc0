-- case: someone drops the check before the SET NOT NULL ever shipped
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP CONSTRAINT accounts_email_not_null;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;
