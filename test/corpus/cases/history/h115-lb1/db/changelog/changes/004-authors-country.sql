--liquibase formatted sql
-- case: Liquibase changeset without a rollback: missing-rollback never applies to Liquibase
-- expect: clean
-- tool: liquibase

--changeset bob:004-authors-country
SET lock_timeout = '2s';
ALTER TABLE authors ADD COLUMN country CHAR(2);
