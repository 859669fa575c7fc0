-- case: FK column only appears in an index's INCLUDE list: that index does not start with it
-- expect: foreign-key-without-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
