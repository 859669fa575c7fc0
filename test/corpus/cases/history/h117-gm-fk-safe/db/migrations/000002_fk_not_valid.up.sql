-- case: FK NOT VALID, index concurrently, validate later
-- tool: golang-migrate
-- expect: foreign-key-without-index@6
SET lock_timeout = '3s';

ALTER TABLE orders
  ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
