-- case: handle has the validated CHECK (nickname IS NOT NULL), renamed along: SET NOT NULL skips the scan
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE team_members ALTER COLUMN handle SET NOT NULL;
ALTER TABLE team_members DROP CONSTRAINT team_members_nickname_nn;
