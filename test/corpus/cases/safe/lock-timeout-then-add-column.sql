-- case: lock_timeout first, then a nullable column
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
SET statement_timeout = '1min';
ALTER TABLE customers ADD COLUMN vat_number text;
