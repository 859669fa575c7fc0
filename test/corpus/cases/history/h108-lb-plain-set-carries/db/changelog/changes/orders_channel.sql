--liquibase formatted sql
-- case: a plain SET lasts for the session Liquibase runs every changeset on: the second changeset is covered
-- expect: clean
-- tool: liquibase

--changeset shop:50-orders-channel
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel text;
--rollback ALTER TABLE orders DROP COLUMN channel;

--changeset shop:51-orders-channel-ref
ALTER TABLE orders ADD COLUMN channel_ref text;
--rollback ALTER TABLE orders DROP COLUMN channel_ref;
