-- case: DELETE with no WHERE
-- expect: unbatched-backfill@5

-- Old notifications are useless after the redesign.
DELETE FROM notifications;
