ALTER TABLE team_members RENAME TO members; ALTER TABLE members RENAME COLUMN team_id TO group_id;
