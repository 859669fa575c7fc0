-- case: CHECK NOT VALID on title
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tasks ADD CONSTRAINT tasks_title_nn CHECK (title IS NOT NULL) NOT VALID;
