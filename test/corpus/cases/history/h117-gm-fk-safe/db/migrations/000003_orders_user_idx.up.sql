-- case: FK NOT VALID, index concurrently, validate later
-- tool: golang-migrate
-- expect: clean
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);
