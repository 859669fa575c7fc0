-- case: binary-compatible widenings known from history: varchar(100)->varchar(255), numeric(10,2)->numeric(12,2), varchar->text
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE varchar(255);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
ALTER TABLE users ALTER COLUMN name TYPE text;
