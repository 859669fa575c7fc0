-- case: rename a pre-existing table, then update every row under the new name
-- expect: rename-table@5, unbatched-backfill@6

SET lock_timeout = '2s';
ALTER TABLE audit_log RENAME TO audit_events;
UPDATE audit_events SET action = lower(action);
