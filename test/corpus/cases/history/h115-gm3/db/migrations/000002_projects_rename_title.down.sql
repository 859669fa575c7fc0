-- case: the down renames it back, also without the COLUMN keyword
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE projects RENAME name TO title;
