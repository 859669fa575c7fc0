--liquibase formatted sql
-- case: Liquibase changeset with runInTransaction:false for a concurrent build
-- expect: clean
-- tool: liquibase

--changeset dev:orders-status-index runInTransaction:false
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
--rollback DROP INDEX CONCURRENTLY orders_status_idx;
