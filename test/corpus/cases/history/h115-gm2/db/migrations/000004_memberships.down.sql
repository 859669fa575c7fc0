-- case: the up created the table as tmp_memberships and renamed it: dropping it is the undo
-- expect: clean
-- tool: golang-migrate

DROP TABLE memberships;
