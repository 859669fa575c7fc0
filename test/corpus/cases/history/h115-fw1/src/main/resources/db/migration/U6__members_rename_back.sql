-- case: undo renames the column back (clean)
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE members RENAME COLUMN picture_url TO avatar_url;
