--liquibase formatted sql
-- case: Liquibase changelog properties substituted into the SQL (${schema}, ${tbl}); the ALTER adds a nullable column to the existing orders table
-- expect: require-lock-timeout@9
-- tool: liquibase
--property name:schema value:public
--property name:tbl value:orders

--changeset dev:orders-source
ALTER TABLE ${schema}.${tbl} ADD COLUMN source VARCHAR(32);
--rollback ALTER TABLE ${schema}.${tbl} DROP COLUMN source;
