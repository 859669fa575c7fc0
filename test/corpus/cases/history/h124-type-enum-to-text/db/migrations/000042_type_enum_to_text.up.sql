-- case: enum -> text: PostgreSQL rewrites orders
-- expect: column-type-rewrite@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN status TYPE text USING status::text;
