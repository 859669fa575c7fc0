-- case: varchar(100) to varchar(255): no rewrite
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE products ALTER COLUMN name TYPE varchar(255);
