-- case: sqitch change named users/email_idx (deploy/users/email_idx.sql): the template's BEGIN/COMMIT around CREATE INDEX CONCURRENTLY makes it fail
-- expect: concurrently-in-transaction@9
-- tool: sqitch

-- Deploy accounts:users/email_idx to pg
-- requires: users/create

BEGIN;
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
COMMIT;
