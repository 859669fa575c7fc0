-- case: varchar(255) to varchar(2): every row is rewritten (and checked)
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE customers ALTER COLUMN country_code TYPE varchar(2);
