--liquibase formatted sql
-- case: Liquibase: DDL and the keyed backfill in separate changesets (each its own transaction)
-- expect: clean
-- tool: liquibase

--changeset dev:users-tier
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN tier text;
--rollback ALTER TABLE users DROP COLUMN tier;

--changeset dev:users-tier-backfill
UPDATE users SET tier = 'free' WHERE tier IS NULL AND id BETWEEN 1 AND 10000;
--rollback UPDATE users SET tier = NULL WHERE id BETWEEN 1 AND 10000;
