-- case: drop the check and the index by their new names
-- expect: clean
-- tool: golang-migrate

DROP INDEX CONCURRENTLY IF EXISTS ix_tasks_project;
