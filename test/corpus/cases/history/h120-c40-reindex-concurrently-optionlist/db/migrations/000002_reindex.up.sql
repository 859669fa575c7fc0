-- case: PG 14+ option-list spelling of CONCURRENTLY
-- expect: clean
-- tool: golang-migrate
REINDEX (CONCURRENTLY, VERBOSE) INDEX orders_customer_id_idx;
