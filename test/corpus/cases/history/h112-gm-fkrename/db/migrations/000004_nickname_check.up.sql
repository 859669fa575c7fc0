-- case: CHECK on nickname added NOT VALID and validated in the same migration file (golang-migrate: one implicit transaction)
-- expect: validate-in-same-transaction@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE team_members ADD CONSTRAINT team_members_nickname_nn CHECK (nickname IS NOT NULL) NOT VALID;
ALTER TABLE team_members VALIDATE CONSTRAINT team_members_nickname_nn;
