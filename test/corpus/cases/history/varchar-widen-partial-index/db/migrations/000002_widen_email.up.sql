-- case: varchar(255) → varchar(320) keeps the table and the plain index, but rebuilds the partial unique index
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(320);
ALTER TABLE accounts ALTER COLUMN handle TYPE varchar(64);
