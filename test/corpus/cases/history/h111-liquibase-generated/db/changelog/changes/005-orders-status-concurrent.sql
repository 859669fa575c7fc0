--liquibase formatted sql
-- case: runInTransaction:false changeset builds concurrently; the next changeset (in its own transaction) sets NOT NULL on customer_id
-- expect: require-lock-timeout@11, set-not-null@11
-- tool: liquibase

--changeset dev:orders-status-idx runInTransaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status ON orders (status);
--rollback DROP INDEX CONCURRENTLY idx_orders_status;

--changeset dev:orders-customer-required
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
--rollback ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;
