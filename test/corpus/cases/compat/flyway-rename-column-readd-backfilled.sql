-- case: the raw country text moves to `country_raw` and `country` comes back in the same Flyway transaction,
-- case: filled from it with the cleaned-up value before the commit. Running code reads and writes `country` as
-- case: before (PostgreSQL 15: a waiting query finds the new column, with the values the UPDATE wrote), so neither
-- case: rename-column nor mixed-expand-contract has anything to say. The UPDATE still rewrites every row while the
-- case: rename's AccessExclusiveLock blocks the table.
-- expect: lock-held-during-slow-operation@12, unbatched-backfill@12
-- tool: flyway
SET lock_timeout = '3s';

ALTER TABLE addresses RENAME COLUMN country TO country_raw;
ALTER TABLE addresses ADD COLUMN country text;
UPDATE addresses SET country = upper(trim(country_raw));
