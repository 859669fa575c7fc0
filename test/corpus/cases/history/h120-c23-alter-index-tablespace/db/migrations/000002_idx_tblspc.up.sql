-- case: ALTER INDEX SET TABLESPACE copies the index under AccessExclusiveLock
-- expect: table-rewrite-maintenance@4, require-lock-timeout@4
-- tool: golang-migrate
ALTER INDEX orders_customer_id_idx SET TABLESPACE fast_ssd;
