-- case: down undoes them in the same order as the up (table first would be the mirror; this order also restores the schema)
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE workspaces RENAME COLUMN label TO name;
ALTER TABLE workspaces RENAME TO projects;
