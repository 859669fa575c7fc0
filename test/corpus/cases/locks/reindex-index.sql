-- case: REINDEX INDEX after bloat
-- expect: require-concurrent-reindex@5, require-lock-timeout@5

-- The index is 4x its fresh size after the purge; rebuild it.
REINDEX INDEX index_orders_on_customer_id;
