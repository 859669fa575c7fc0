-- case: sql-migrate wraps each direction of a file in one transaction unless it says "notransaction", and this one does not: the UPDATE that follows the ALTERs of admissions rewrites rows while their AccessExclusiveLock is held. The Down section is linted as a migration of its own, and it sets no lock_timeout.
-- expect: require-lock-timeout@9, constraint-without-not-valid@17, foreign-key-without-index@17, lock-held-during-slow-operation@17, lock-held-during-slow-operation@22, unbatched-backfill@22
-- expect: require-lock-timeout@35, lock-held-during-slow-operation@39, set-not-null@39, constraint-without-not-valid@43, foreign-key-without-index@43, lock-held-during-slow-operation@43, lock-held-during-slow-operation@48, unbatched-backfill@48
-- tool: sql-migrate
-- +migrate Up
CREATE TABLE IF NOT EXISTS care.admissions_backup AS SELECT * FROM care.admissions;

-- +migrate Up
ALTER TABLE care.admissions
DROP CONSTRAINT IF EXISTS admissions_ward_id_fkey;

-- +migrate Up
ALTER TABLE care.admissions
ALTER COLUMN ward_id DROP NOT NULL;

-- +migrate Up
ALTER TABLE care.admissions
ADD CONSTRAINT admissions_ward_id_fkey
FOREIGN KEY (ward_id) REFERENCES care.wards(id);

-- +migrate Up
UPDATE care.admissions SET ward_id = NULL WHERE ward_id = '';

-- +migrate Up
SELECT count(*) FROM care.admissions;

-- +migrate Up
DROP TABLE IF EXISTS care.admissions_backup;


-- +migrate Down
CREATE TABLE IF NOT EXISTS care.admissions_backup AS SELECT * FROM care.admissions;

-- +migrate Down
ALTER TABLE care.admissions
DROP CONSTRAINT IF EXISTS admissions_ward_id_fkey;

-- +migrate Down
ALTER TABLE care.admissions
ALTER COLUMN ward_id SET NOT NULL;

-- +migrate Down
ALTER TABLE care.admissions
ADD CONSTRAINT admissions_ward_id_fkey
FOREIGN KEY (ward_id) REFERENCES care.wards(id);

-- +migrate Down
UPDATE care.admissions SET ward_id = '' WHERE ward_id IS NULL;

-- +migrate Down
SELECT count(*) FROM care.admissions;

-- +migrate Down
DROP TABLE IF EXISTS care.admissions_backup;
