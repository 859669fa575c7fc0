-- case: int to bigint with USING
-- expect: column-type-rewrite@5

SET lock_timeout = '2s';
ALTER TABLE events ALTER COLUMN id TYPE bigint USING id::bigint;
