-- case: REINDEX INDEX and REINDEX TABLE without CONCURRENTLY
-- expect: require-concurrent-reindex@4, require-lock-timeout@4, require-concurrent-reindex@5
-- tool: golang-migrate
REINDEX INDEX orders_customer_id_idx;
REINDEX TABLE orders;
