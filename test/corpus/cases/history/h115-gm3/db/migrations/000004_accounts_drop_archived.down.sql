-- case: the up dropped accounts.archived_at; the down drops projects.archived_at (same column name, other table)
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE projects DROP COLUMN archived_at;
