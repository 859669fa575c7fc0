-- case: validate in its own migration
-- expect: clean
-- tool: flyway

ALTER TABLE products VALIDATE CONSTRAINT products_price_new_nn;
