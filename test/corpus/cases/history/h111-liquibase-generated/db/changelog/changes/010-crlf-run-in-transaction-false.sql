--liquibase formatted sql
-- case: the same runInTransaction:false changeset saved with Windows line endings (CRLF): Liquibase still runs it outside a transaction
-- expect: clean
-- tool: liquibase

--changeset dev:orders-created-idx runInTransaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_status ON orders (customer_id, status);
--rollback DROP INDEX CONCURRENTLY idx_orders_customer_status;
