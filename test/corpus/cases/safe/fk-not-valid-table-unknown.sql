-- case: FK NOT VALID on a table whose indexes Sluice cannot know (no history)
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders
  ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
