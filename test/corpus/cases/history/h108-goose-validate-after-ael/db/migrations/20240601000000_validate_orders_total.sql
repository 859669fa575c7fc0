-- case: the NOT VALID check was committed earlier, but this transaction first takes AccessExclusiveLock on orders, then validates
-- expect: validate-in-same-transaction@9, lock-held-during-slow-operation@9, lock-held-during-slow-operation@10, unbatched-backfill@10
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN refunded_total numeric(12,2);
ALTER TABLE customers ADD COLUMN refunds_count integer;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;
UPDATE customers SET refunds_count = 0 WHERE id < 1000;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE customers DROP COLUMN refunds_count;
ALTER TABLE orders DROP COLUMN refunded_total;
