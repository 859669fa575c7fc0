-- Revert accounts:users/create from pg

BEGIN;
DROP TABLE users;
COMMIT;
