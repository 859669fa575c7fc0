-- case: narrowing back varchar(100) from text: rewrite-free? no: text->varchar(100) must check each value (scan, no rewrite) - flagged as type change
-- expect: column-type-rewrite@6, column-type-rewrite@7, lock-held-during-slow-operation@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE varchar(100);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);
