-- case: NOT VALID then VALIDATE in the same goose transaction
-- tool: goose
-- expect: validate-in-same-transaction@8

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD CONSTRAINT accounts_name_not_blank CHECK (name <> '') NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_name_not_blank;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP CONSTRAINT accounts_name_not_blank;
