--liquibase formatted sql
-- case: splitStatements:false sends the changeset as one query string: the concurrent build is in an implicit transaction
-- expect: concurrently-in-transaction@8
-- tool: liquibase

--changeset shop:61-orders-state-idx runInTransaction:false splitStatements:false
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY orders_state_idx ON orders (state);
--rollback DROP INDEX CONCURRENTLY orders_state_idx;
