--liquibase formatted sql
-- case: Liquibase preconditions with MARK_RAN and a lock_timeout set in its own changeset (same session); then an idempotent add column
-- expect: clean
-- tool: liquibase

--changeset dev:set-lock-timeout runAlways:true
SET lock_timeout = '3s';

--changeset dev:orders-note
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'
ALTER TABLE orders ADD COLUMN note TEXT;
--rollback ALTER TABLE orders DROP COLUMN note;
