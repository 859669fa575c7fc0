--liquibase formatted sql
-- case: Liquibase formatted SQL with a multi-line statement in the second changeset
-- expect: require-lock-timeout@11, set-not-null@11
-- tool: liquibase

--changeset alice:101
CREATE TABLE audit_entries (id bigint PRIMARY KEY, note text);
--rollback DROP TABLE audit_entries;

--changeset alice:102
ALTER TABLE
    customers
    ALTER COLUMN
    email SET NOT NULL;
--rollback ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
