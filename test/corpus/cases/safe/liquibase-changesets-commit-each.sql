--liquibase formatted sql
-- case: each changeset commits: the enum value is usable in the next one, and the NOT VALID add is committed before VALIDATE
-- expect: clean
-- tool: liquibase

--changeset shop:42-add-archived
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived';
--rollback SELECT 1;

--changeset shop:43-archive-old-orders
UPDATE orders SET status = 'archived' WHERE id IN (SELECT id FROM orders WHERE created_at < now() - interval '2 years' LIMIT 1000);
--rollback SELECT 1;

--changeset shop:44-total-check
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total >= 0) NOT VALID;
--rollback ALTER TABLE orders DROP CONSTRAINT orders_total_nonnegative;

--changeset shop:45-validate-total-check
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonnegative;
--rollback SELECT 1;
