--liquibase formatted sql
-- case: PG 11: ADD VALUE in a changeset's transaction fails; with runInTransaction:false it runs alone
-- expect: enum-value-change@8
-- tool: liquibase
-- pg-version: 11

--changeset shop:80-refunded
ALTER TYPE order_state ADD VALUE 'refunded';
--rollback SELECT 1;

--changeset shop:81-disputed runInTransaction:false
ALTER TYPE order_state ADD VALUE 'disputed';
--rollback SELECT 1;
