-- case: nickname renamed to handle: the validated check moves with it
-- expect: rename-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE team_members RENAME COLUMN nickname TO handle;
