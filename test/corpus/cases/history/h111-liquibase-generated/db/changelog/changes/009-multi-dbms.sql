--liquibase formatted sql
-- case: a changelog shared by two databases: the Oracle changeset (dbms:oracle) is skipped on PostgreSQL; the PostgreSQL one adds a nullable column under a lock_timeout
-- expect: clean
-- tool: liquibase

--changeset dev:orders-discount-oracle dbms:oracle
ALTER TABLE orders MODIFY (status VARCHAR2(40) DEFAULT 'NEW' NOT NULL);
--rollback ALTER TABLE orders MODIFY (status VARCHAR2(20));

--changeset dev:orders-discount-pg dbms:postgresql
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN discount NUMERIC(10,2);
--rollback ALTER TABLE orders DROP COLUMN discount;
