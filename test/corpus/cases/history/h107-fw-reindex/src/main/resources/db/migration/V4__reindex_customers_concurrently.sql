-- case: the same with the per-script config executeInTransaction=false
-- expect: clean
-- tool: flyway

REINDEX TABLE CONCURRENTLY customers;
