-- case: goose's transaction: validating right after the NOT VALID add
-- expect: validate-in-same-transaction@8, require-lock-timeout@11
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg;

-- +goose Down
ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg;
