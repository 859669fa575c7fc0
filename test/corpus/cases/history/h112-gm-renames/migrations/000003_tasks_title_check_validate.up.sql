-- case: validate it, then rename the constraint to the team's naming convention
-- expect: clean
-- tool: golang-migrate

ALTER TABLE tasks VALIDATE CONSTRAINT tasks_title_nn;
