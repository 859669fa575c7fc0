-- +goose Up
SET lock_timeout = '3s';
ALTER TABLE accounts ADD CONSTRAINT accounts_email_valid
  CHECK (email IS NOT NULL AND is_valid_email(email)) NOT VALID;

ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_valid;

-- +goose Down
ALTER TABLE accounts DROP CONSTRAINT accounts_email_valid;
