-- Revert widgets:gadgets from pg

BEGIN;
DROP TABLE gadgets;
COMMIT;
