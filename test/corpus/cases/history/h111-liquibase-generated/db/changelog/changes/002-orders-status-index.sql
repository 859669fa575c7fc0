--liquibase formatted sql
-- case: one changeset adds a column and a plain index on an existing table: Liquibase runs the changeset in one transaction
-- expect: require-lock-timeout@8, require-concurrent-index@9, lock-held-during-slow-operation@9
-- tool: liquibase

--changeset dev:orders-shipped-at
--comment: shipping timestamp and its index
ALTER TABLE orders ADD COLUMN shipped_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_orders_shipped_at ON orders (shipped_at);
--rollback DROP INDEX idx_orders_shipped_at;
--rollback ALTER TABLE orders DROP COLUMN shipped_at;
