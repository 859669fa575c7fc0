-- case: FK added in one step on an existing table
-- tool: golang-migrate
-- expect: constraint-without-not-valid@4, require-lock-timeout@4, foreign-key-without-index@4
ALTER TABLE orders
  ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
