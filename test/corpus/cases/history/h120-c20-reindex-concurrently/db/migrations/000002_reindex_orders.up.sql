-- case: REINDEX CONCURRENTLY alone
-- expect: clean
-- tool: golang-migrate
REINDEX (VERBOSE) INDEX CONCURRENTLY orders_customer_id_idx;
