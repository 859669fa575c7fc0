-- case: the title check is gone (dropped by its new name): SET NOT NULL scans; body's CHECK from CREATE TABLE is validated: no scan;
-- case: the project_id index is gone (dropped by its new name): FK without index
-- expect: set-not-null@8, foreign-key-without-index@9
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE tasks ALTER COLUMN body SET NOT NULL;
ALTER TABLE tasks ALTER COLUMN title SET NOT NULL;
ALTER TABLE tasks ADD CONSTRAINT tasks_project_id_fkey
    FOREIGN KEY (project_id) REFERENCES projects (id) NOT VALID;
