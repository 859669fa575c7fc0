-- case: update without WHERE
-- tool: plain
-- expect: unbatched-backfill@4
UPDATE accounts SET plan = 'free';
