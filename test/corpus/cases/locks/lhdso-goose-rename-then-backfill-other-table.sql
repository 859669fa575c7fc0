-- case: goose: a RENAME takes AccessExclusiveLock on accounts, then a backfill of another table runs while it is held
-- expect: rename-column@7, lock-held-during-slow-operation@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts RENAME COLUMN plan TO plan_code;
UPDATE subscriptions SET plan_code = 'free' WHERE plan_code IS NULL;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts RENAME COLUMN plan_code TO plan;
