-- case: handle (nickname varchar(30)) widened to 60: free
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE team_members ALTER COLUMN handle TYPE varchar(60);
