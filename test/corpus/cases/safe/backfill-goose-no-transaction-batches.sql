-- case: goose NO TRANSACTION: bounded UPDATE batches, each its own transaction
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
UPDATE accounts SET plan = 'free' WHERE plan IS NULL AND id < 100000;
UPDATE accounts SET plan = 'free' WHERE plan IS NULL AND id >= 100000 AND id < 200000;
UPDATE accounts SET plan = 'free' WHERE plan IS NULL AND id >= 200000;

-- +goose Down
SELECT 'down SQL query';
