-- case: int -> bigint on an identity key and its referencing column
-- expect: column-type-rewrite@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ALTER COLUMN id SET DATA TYPE bigint;
