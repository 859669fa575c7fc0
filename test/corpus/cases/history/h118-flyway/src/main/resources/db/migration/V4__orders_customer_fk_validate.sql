-- case: FK step 3: VALIDATE in a later migration
-- tool: flyway
-- expect: clean

ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;
