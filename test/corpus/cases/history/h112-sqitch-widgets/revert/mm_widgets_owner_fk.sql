-- Revert widgets:mm_widgets_owner_fk from pg

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets DROP CONSTRAINT widgets_owner_id_fkey;
COMMIT;
