-- case: FK NOT VALID (brief ShareRowExclusiveLock on both tables, with lock_timeout)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT fk_rails_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
