-- case: FK NOT VALID, index concurrently, validate later
-- tool: golang-migrate
-- expect: clean
DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;
