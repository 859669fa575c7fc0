-- Deploy shop:accounts_tier to pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN tier text;
COMMIT;
