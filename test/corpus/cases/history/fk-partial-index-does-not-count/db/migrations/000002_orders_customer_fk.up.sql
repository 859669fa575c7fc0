-- case: the only index on customer_id is partial: the FK checks cannot use it
-- expect: foreign-key-without-index@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
