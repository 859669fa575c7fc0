-- case: goose: the check/validate/set-not-null recipe squeezed into one tool transaction
-- expect: validate-in-same-transaction@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_not_null CHECK (customer_id IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;
