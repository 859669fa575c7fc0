-- case: text to varchar(50) is not binary compatible
-- expect: column-type-rewrite@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tags ALTER COLUMN label TYPE varchar(50);
