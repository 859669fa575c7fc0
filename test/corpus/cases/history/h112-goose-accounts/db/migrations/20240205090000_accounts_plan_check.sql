-- case: plan gets a validated CHECK (plan IS NOT NULL)... but plan is already NOT NULL; a check on a different column (email) does not help plan
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_known CHECK (plan IN ('free', 'pro', 'team')) NOT VALID;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts DROP CONSTRAINT accounts_plan_known;
