-- Revert widgets:widgets from pg

BEGIN;
DROP TABLE widgets;
DROP TABLE owners;
COMMIT;
