-- case: int4 to int8 rewrites the table and its indexes
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE events ALTER COLUMN id TYPE bigint;
