--liquibase formatted sql
-- case: Liquibase runs a changeset in a transaction unless runInTransaction:false
-- expect: concurrently-in-transaction@7
-- tool: liquibase

--changeset dev:orders-status-index
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
--rollback DROP INDEX CONCURRENTLY orders_status_idx;
