-- case: ALTER SEQUENCE OWNED BY a column: AccessShareLock on the table, ShareRowExclusiveLock on the sequence
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER SEQUENCE invoice_number_seq OWNED BY orders.id;
