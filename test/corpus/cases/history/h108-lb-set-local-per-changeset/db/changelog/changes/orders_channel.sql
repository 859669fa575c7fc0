--liquibase formatted sql
-- case: SET LOCAL ends with its changeset's transaction: the next changeset's ALTER has no timeout
-- expect: require-lock-timeout@12
-- tool: liquibase

--changeset shop:50-orders-channel
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel text;
--rollback ALTER TABLE orders DROP COLUMN channel;

--changeset shop:51-orders-channel-ref
ALTER TABLE orders ADD COLUMN channel_ref text;
--rollback ALTER TABLE orders DROP COLUMN channel_ref;
