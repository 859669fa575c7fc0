-- case: goose: add a column and backfill it in the same tool transaction
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN currency text;
UPDATE orders SET currency = 'USD' WHERE currency IS NULL;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN currency;
