-- case: binary-compatible widenings; the down narrows (rewrites)
-- tool: golang-migrate
-- expect: column-type-rewrite@5, column-type-rewrite@6, column-type-rewrite@7, lock-held-during-slow-operation@7
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN code TYPE varchar(20);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);
ALTER TABLE users ALTER COLUMN name TYPE varchar(50);
