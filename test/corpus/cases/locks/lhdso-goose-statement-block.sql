-- case: goose NO TRANSACTION, but ADD COLUMN and the backfill share a StatementBegin/End block: one query, so the ALTER's lock is held through the UPDATE
-- expect: lock-held-during-slow-operation@11, unbatched-backfill@11
-- expect: require-lock-timeout@15
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s';
-- +goose StatementBegin
ALTER TABLE orders ADD COLUMN region text;
UPDATE orders SET region = 'eu' WHERE region IS NULL;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE orders DROP COLUMN region;
