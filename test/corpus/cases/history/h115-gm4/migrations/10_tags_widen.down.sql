-- case: the down narrows it back: varchar(9) -> varchar(7) rewrites (and checks every row)
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN color TYPE varchar(7);
