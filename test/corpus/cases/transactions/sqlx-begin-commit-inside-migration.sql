-- case: the author wrapped the file in BEGIN/COMMIT believing sqlx does not; sqlx already runs each migration
-- case: in a transaction, so PostgreSQL only warns about the BEGIN, and the COMMIT ends sqlx's transaction
-- case: before sqlx records the migration (PostgreSQL 15: a ROLLBACK after the file no longer undoes it). The
-- case: filtered backfill shares the transaction with SET NOT NULL, which scans the table.
-- expect: transaction-nesting@8, unbatched-backfill@9, require-lock-timeout@10, set-not-null@10
-- tool: sqlx

BEGIN;
    UPDATE members SET tier = 'basic' WHERE tier IS NULL;
    ALTER TABLE members ALTER COLUMN tier SET NOT NULL;
COMMIT;
