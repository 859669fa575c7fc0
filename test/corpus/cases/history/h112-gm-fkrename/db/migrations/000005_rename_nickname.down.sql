ALTER TABLE team_members RENAME COLUMN handle TO nickname;
