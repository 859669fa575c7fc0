--liquibase formatted sql
-- case: value added and used in one changeset (one transaction) fails; the next changeset may use it
-- expect: enum-value-change@8
-- tool: liquibase

--changeset shop:70-refunded
ALTER TYPE order_state ADD VALUE 'refunded';
UPDATE orders SET state = 'refunded' WHERE id = 42;
--rollback SELECT 1;

--changeset shop:71-refund-more
UPDATE orders SET state = 'refunded' WHERE id = 43;
--rollback SELECT 1;
