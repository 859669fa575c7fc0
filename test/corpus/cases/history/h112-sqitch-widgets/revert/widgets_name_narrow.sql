-- Revert widgets:widgets_name_narrow from pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets ALTER COLUMN name TYPE varchar(100);
COMMIT;
