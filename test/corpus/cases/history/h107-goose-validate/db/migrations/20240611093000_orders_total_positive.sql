-- case: NOT VALID then VALIDATE in the same goose transaction (the validation still scans under the AccessExclusiveLock the ADD took)
-- expect: validate-in-same-transaction@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
