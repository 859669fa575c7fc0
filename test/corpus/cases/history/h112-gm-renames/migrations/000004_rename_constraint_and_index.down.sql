SET lock_timeout = '2s'; ALTER INDEX ix_tasks_project RENAME TO tasks_project_id_idx; ALTER TABLE tasks RENAME CONSTRAINT tasks_title_not_null TO tasks_title_nn;
