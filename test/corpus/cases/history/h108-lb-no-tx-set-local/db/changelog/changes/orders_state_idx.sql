--liquibase formatted sql
-- case: runInTransaction:false runs each statement on its own: SET LOCAL sets nothing, the ALTER waits forever
-- expect: require-lock-timeout@8
-- tool: liquibase

--changeset shop:60-orders-priority runInTransaction:false
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN priority smallint;
CREATE INDEX CONCURRENTLY orders_priority_idx ON orders (priority);
--rollback DROP INDEX CONCURRENTLY orders_priority_idx;
