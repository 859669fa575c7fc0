-- case: drop the renamed check
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tasks DROP CONSTRAINT tasks_title_not_null;
