CREATE TABLE tmp_memberships (
  user_id bigint NOT NULL,
  team_id bigint NOT NULL,
  PRIMARY KEY (user_id, team_id)
);
ALTER TABLE tmp_memberships RENAME TO memberships;
