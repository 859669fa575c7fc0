ALTER TABLE team_members DROP CONSTRAINT team_members_team_id_fkey;
