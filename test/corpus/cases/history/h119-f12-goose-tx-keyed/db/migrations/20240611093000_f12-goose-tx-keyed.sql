-- case: goose (in a transaction): add column and a keyed batch
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8, unbatched-backfill@11, require-lock-timeout@12
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id BETWEEN 1 AND 1000;

-- +goose Down
UPDATE orders SET note = NULL;
ALTER TABLE orders DROP COLUMN note;
