-- case: narrowing back rewrites (and checks) each column
-- expect: require-lock-timeout@5, column-type-rewrite@5, column-type-rewrite@6, column-type-rewrite@7, column-type-rewrite@8, column-type-rewrite@9, column-type-rewrite@10
-- expect: lock-held-during-slow-operation@7, lock-held-during-slow-operation@8, lock-held-during-slow-operation@9, lock-held-during-slow-operation@10
-- tool: golang-migrate
ALTER TABLE customers ALTER COLUMN name TYPE varchar(50);
ALTER TABLE customers ALTER COLUMN balance TYPE numeric(10,2);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);
ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamp(0);
ALTER TABLE customers ALTER COLUMN email TYPE varchar(120);
