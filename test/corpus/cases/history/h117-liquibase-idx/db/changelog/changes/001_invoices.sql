--liquibase formatted sql

--changeset alice:1
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint, amount numeric);
--rollback DROP TABLE invoices;
