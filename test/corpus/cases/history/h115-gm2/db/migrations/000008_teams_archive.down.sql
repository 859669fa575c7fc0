-- case: one DROP TABLE names the table the up created and teams, which it did not create
-- expect: drop-table@6
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE teams_archive, teams;
