-- case: the rollback drops the table its up script created, but dropping its foreign key takes an AccessExclusiveLock on orders (PostgreSQL 15): every query on orders queues while it waits
-- expect: require-lock-timeout@5
-- tool: golang-migrate

DROP TABLE refunds;
