-- case: ALTER INDEX RENAME (ShareUpdateExclusiveLock on the index since PG 12)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER INDEX orders_customer_id_idx RENAME TO idx_orders_customer_id;
