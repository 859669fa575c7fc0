-- case: varchar(n) -> unbounded varchar and decimal synonym widen without rewrite; a scale change rewrites
-- expect: require-lock-timeout@6, column-type-rewrite@8, lock-held-during-slow-operation@8
-- tool: golang-migrate

SET lock_timeout = 0;
ALTER TABLE customers ALTER COLUMN name TYPE varchar;
ALTER TABLE orders ALTER COLUMN total TYPE decimal(16,2);
ALTER TABLE customers ALTER COLUMN balance TYPE numeric(12,4);
