-- case: V5 renames a column and has no U5 although the folder keeps undo scripts
-- expect: rename-column@6, missing-rollback@*
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members RENAME COLUMN username TO handle;
