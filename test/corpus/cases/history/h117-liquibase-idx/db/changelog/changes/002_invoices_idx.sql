--liquibase formatted sql
-- case: liquibase index on existing table
-- tool: liquibase
-- expect: require-concurrent-index@7, require-lock-timeout@7

--changeset alice:2
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
--rollback DROP INDEX invoices_customer_idx;
