-- case: REINDEX ... CONCURRENTLY
-- expect: clean

REINDEX INDEX CONCURRENTLY index_orders_on_customer_id;
