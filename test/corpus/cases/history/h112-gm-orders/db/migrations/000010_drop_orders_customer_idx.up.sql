-- case: the FK's index is dropped concurrently
-- expect: clean
-- tool: golang-migrate

DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
