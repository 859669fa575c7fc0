-- case: one-shot purge of the whole table and an unbatched UPDATE with no WHERE
-- expect: unbatched-backfill@5, unbatched-backfill@6
-- tool: plain

DELETE FROM sessions;
UPDATE jobs SET queue = lower(queue);
