-- case: goose NO TRANSACTION: DDL autocommits, then a bounded batch
-- expect: require-lock-timeout@7
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
ALTER TABLE users ADD COLUMN tier text;
UPDATE users SET tier = 'free' WHERE tier IS NULL AND id BETWEEN 1 AND 10000;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN tier;
