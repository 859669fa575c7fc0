-- case: memo (was note varchar(50)) widened: binary-compatible after the rename
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN memo TYPE varchar(200);
