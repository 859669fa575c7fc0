--liquibase formatted sql
-- case: SET LOCAL lock_timeout in its own changeset ends with that changeset's transaction; the next changeset runs without it
-- expect: require-lock-timeout@10
-- tool: liquibase

--changeset dev:lock-timeout
SET LOCAL lock_timeout = '2s';

--changeset dev:orders-priority
ALTER TABLE orders ADD COLUMN priority SMALLINT;
--rollback ALTER TABLE orders DROP COLUMN priority;
