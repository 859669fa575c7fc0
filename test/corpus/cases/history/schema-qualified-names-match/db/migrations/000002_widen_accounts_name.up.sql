-- case: created as public.accounts, altered as accounts: same table, widening is free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);
