-- case: FK step 2: NOT VALID
-- tool: flyway
-- expect: clean

SET lock_timeout TO '2s';
ALTER TABLE orders
    ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
