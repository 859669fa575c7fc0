-- Revert widgets:gadgets from pg (back to the v1.0 shape)

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(20);
COMMIT;
