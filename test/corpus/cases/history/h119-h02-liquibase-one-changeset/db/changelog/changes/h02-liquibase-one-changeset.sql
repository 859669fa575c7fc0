--liquibase formatted sql
-- case: Liquibase: DDL and backfill in one changeset (one transaction)
-- expect: unbatched-backfill@9, lock-held-during-slow-operation@9
-- tool: liquibase

--changeset dev:orders-region
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN region text;
UPDATE orders SET region = 'us' WHERE id BETWEEN 1 AND 10000;
--rollback ALTER TABLE orders DROP COLUMN region;
