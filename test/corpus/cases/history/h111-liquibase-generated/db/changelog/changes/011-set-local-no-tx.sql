--liquibase formatted sql
-- case: runInTransaction:false changeset with SET LOCAL: Liquibase runs each statement in autocommit, so SET LOCAL has no effect
-- expect: require-lock-timeout@8
-- tool: liquibase

--changeset dev:orders-region runInTransaction:false
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN region TEXT;
--rollback ALTER TABLE orders DROP COLUMN region;
