-- case: back to the domain with a CHECK: PostgreSQL checks every value by rewriting the table
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email TYPE email;
