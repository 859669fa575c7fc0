--liquibase formatted sql
-- case: Liquibase changeset with runInTransaction:false for CIC, then a REINDEX changeset
-- expect: require-concurrent-reindex@11, require-lock-timeout@11
-- tool: liquibase

--changeset team:orders-status-idx runInTransaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
--rollback DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;

--changeset team:reindex-orders
REINDEX INDEX orders_customer_id_idx;
--rollback SELECT 1;
