-- case: metadata-only renames of a constraint and an index
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tasks RENAME CONSTRAINT tasks_title_nn TO tasks_title_not_null;
ALTER INDEX tasks_project_id_idx RENAME TO ix_tasks_project;
