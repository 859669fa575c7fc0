--liquibase formatted sql
-- case: Liquibase formatted SQL: table and index changesets with rollbacks
-- expect: clean
-- tool: liquibase

--changeset olga:create-loyalty-accounts
CREATE TABLE loyalty_accounts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_ref TEXT NOT NULL,
    points INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX loyalty_accounts_customer_ref_key ON loyalty_accounts (customer_ref);
--rollback DROP TABLE loyalty_accounts;

--changeset olga:loyalty-accounts-comment
COMMENT ON TABLE loyalty_accounts IS 'Points balance per customer';
--rollback COMMENT ON TABLE loyalty_accounts IS NULL;
