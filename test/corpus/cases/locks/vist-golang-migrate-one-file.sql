-- case: golang-migrate: NOT VALID and VALIDATE in one file run in one implicit transaction
-- expect: require-lock-timeout@5, validate-in-same-transaction@6
-- tool: golang-migrate

ALTER TABLE orders ADD CONSTRAINT orders_quantity_positive CHECK (quantity > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_quantity_positive;
