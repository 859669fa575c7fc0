-- case: text → citext keeps the table and the indexes that name their operator class (PostgreSQL 15)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE contacts ALTER COLUMN email TYPE citext;
ALTER TABLE contacts ALTER COLUMN full_name TYPE citext;
