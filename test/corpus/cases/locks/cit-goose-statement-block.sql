-- case: goose NO TRANSACTION, but the concurrent index shares a StatementBegin/End block with a backfill: goose sends the block as one query, one implicit transaction
-- expect: concurrently-in-transaction@10
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
UPDATE orders SET note = ''
WHERE id IN (SELECT id FROM orders WHERE note IS NULL LIMIT 1000);
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
-- +goose StatementEnd

-- +goose Down
DROP INDEX CONCURRENTLY orders_note_idx;
