-- case: int -> bigint on orders.id rewrites the table and the pkey (the classic int overflow fix done wrong)
-- expect: column-type-rewrite@5, require-lock-timeout@5
-- tool: golang-migrate

ALTER TABLE orders ALTER COLUMN id TYPE bigint;
