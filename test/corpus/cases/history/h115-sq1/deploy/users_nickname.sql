-- Deploy shop:users_nickname to pg
-- requires: users

BEGIN;

SET LOCAL lock_timeout = '2s';
ALTER TABLE users ADD COLUMN nickname text;

COMMIT;
