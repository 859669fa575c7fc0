-- case: DELETE ... USING with no WHERE
-- expect: unbatched-backfill@4

DELETE FROM sessions
USING users;
