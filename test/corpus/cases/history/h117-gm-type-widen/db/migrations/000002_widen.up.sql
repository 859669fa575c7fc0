-- case: binary-compatible widenings; the down narrows (rewrites)
-- tool: golang-migrate
-- expect: clean
SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN name TYPE varchar(200);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2);
ALTER TABLE orders ALTER COLUMN code TYPE text;
