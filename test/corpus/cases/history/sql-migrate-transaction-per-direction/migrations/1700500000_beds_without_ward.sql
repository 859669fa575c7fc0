-- case: sql-migrate: what follows "-- +migrate Down" is the rollback, linted as its own migration rather than as more of the up, so dropping the column in the up and adding it back in the down is no expand/contract mix. The down runs in one transaction: its VALIDATE, straight after the NOT VALID foreign key, still holds the lock the ADD COLUMN took.
-- expect: drop-column@10
-- expect: require-lock-timeout@15, foreign-key-without-index@16, validate-in-same-transaction@20
-- tool: sql-migrate
-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS care.beds_backup AS SELECT * FROM care.beds;
-- squawk-ignore ban-drop-column
ALTER TABLE care.beds DROP COLUMN ward_id;
DROP TABLE IF EXISTS care.beds_backup;

-- +migrate Down
CREATE TABLE IF NOT EXISTS care.beds_backup AS SELECT * FROM care.beds;
ALTER TABLE care.beds ADD COLUMN ward_id VARCHAR(26);
ALTER TABLE care.beds ADD CONSTRAINT beds_ward_id_fkey
    FOREIGN KEY (ward_id)
        REFERENCES care.wards (id)
        NOT VALID;
ALTER TABLE care.beds VALIDATE CONSTRAINT beds_ward_id_fkey;
DROP TABLE IF EXISTS care.beds_backup;
