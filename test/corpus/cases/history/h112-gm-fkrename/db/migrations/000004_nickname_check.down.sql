ALTER TABLE team_members DROP CONSTRAINT team_members_nickname_nn;
