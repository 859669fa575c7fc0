-- case: varchar to integer rewrites
-- tool: golang-migrate
-- expect: column-type-rewrite@4, require-lock-timeout@4
ALTER TABLE orders ALTER COLUMN code TYPE integer USING code::integer;
