-- case: validating a NOT VALID check after an AccessExclusiveLock on the same table in the same transaction
-- expect: validate-in-same-transaction@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'pro';
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_known;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';
