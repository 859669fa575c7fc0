-- case: DROP FUNCTION ... CASCADE in migration 2 dropped the expression index that called it: the defensive
-- case: DROP INDEX IF EXISTS of it drops nothing
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '3s';
DROP INDEX IF EXISTS users_email_normalized_idx;
