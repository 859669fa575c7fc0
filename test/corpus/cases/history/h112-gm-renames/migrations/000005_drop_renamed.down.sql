CREATE INDEX CONCURRENTLY tasks_project_id_idx ON tasks (project_id);
