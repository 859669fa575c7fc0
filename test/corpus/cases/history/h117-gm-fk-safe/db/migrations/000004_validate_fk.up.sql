-- case: FK NOT VALID, index concurrently, validate later
-- tool: golang-migrate
-- expect: clean
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;
