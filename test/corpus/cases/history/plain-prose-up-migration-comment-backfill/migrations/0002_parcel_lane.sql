-- Up migration: add a lane column to parcels and fill it from the state
-- case: plain folder, no node-pg-migrate anywhere (no package.json): the "-- Up migration:" line is a comment
-- case: for people. Run statement by statement in autocommit, the ADD COLUMN's AccessExclusiveLock is released
-- case: before the filtered UPDATEs start, so neither lock-held-during-slow-operation nor unbatched-backfill
-- case: ("in the same transaction") applies; the missing lock_timeout and the SET NOT NULL scan do, and so does
-- case: add-required-column (inserts of the version still running, which does not know lane, fail from then on).
-- case: Read as node-pg-migrate's marker, both UPDATEs would wrongly get those two warnings, as if
-- case: node-pg-migrate wrapped the file in one transaction.
-- expect: require-lock-timeout@11, set-not-null@15, add-required-column@15

ALTER TABLE parcels
    ADD COLUMN IF NOT EXISTS lane varchar(8);
UPDATE parcels SET lane = 'north' WHERE lane IS NULL AND state IN ('received', 'sorted');
UPDATE parcels SET lane = 'south' WHERE lane IS NULL;
ALTER TABLE parcels ALTER COLUMN lane SET NOT NULL;
