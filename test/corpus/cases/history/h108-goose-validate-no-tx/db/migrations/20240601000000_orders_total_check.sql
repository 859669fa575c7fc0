-- case: NO TRANSACTION: NOT VALID add and VALIDATE run in separate transactions
-- expect: clean
-- tool: goose
-- +goose NO TRANSACTION

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg;
