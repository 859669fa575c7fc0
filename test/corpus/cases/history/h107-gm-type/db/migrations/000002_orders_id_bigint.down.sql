-- case: down narrows back: also a rewrite
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN id TYPE integer;
