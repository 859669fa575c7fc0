-- case: goose step 3: SET NOT NULL backed by the validated check, then drop it
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN owner_email SET NOT NULL;
ALTER TABLE accounts DROP CONSTRAINT accounts_owner_email_not_null;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN owner_email DROP NOT NULL;
