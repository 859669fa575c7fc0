-- case: the down narrows varchar(200) back to varchar(50): a rewrite
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN memo TYPE varchar(50);
