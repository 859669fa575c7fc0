-- case: SET NOT NULL on a dump column with no CHECK
-- expect: set-not-null@6
-- tool: plain

SET lock_timeout = '3s';
ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;
