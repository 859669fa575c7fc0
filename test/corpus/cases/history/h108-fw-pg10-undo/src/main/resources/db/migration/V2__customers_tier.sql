-- case: Flyway, PG 10: a constant default rewrites; SET LOCAL holds in Flyway's transaction
-- expect: add-column-rewrite@7
-- tool: flyway
-- pg-version: 10

SET LOCAL lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'basic';
