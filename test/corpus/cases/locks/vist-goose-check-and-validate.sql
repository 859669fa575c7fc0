-- case: goose: NOT VALID and VALIDATE in the same tool transaction
-- expect: require-lock-timeout@6, validate-in-same-transaction@8, require-lock-timeout@11
-- tool: goose

-- +goose Up
ALTER TABLE accounts ADD CONSTRAINT accounts_plan_valid
  CHECK (plan IN ('free', 'team', 'enterprise')) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_valid;

-- +goose Down
ALTER TABLE accounts DROP CONSTRAINT accounts_plan_valid;
