-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg;
