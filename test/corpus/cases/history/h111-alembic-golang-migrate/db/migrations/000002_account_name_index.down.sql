-- expect: clean
-- tool: golang-migrate
DROP INDEX CONCURRENTLY ix_account_name;
