-- case: FK on team_members(team_id): the index from 000001 (on group_id, renamed) covers it
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE team_members ADD CONSTRAINT team_members_team_id_fkey
    FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
