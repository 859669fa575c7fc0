-- Revert widgets:zz_widgets_sku_idx from pg

BEGIN;
SET LOCAL lock_timeout = '2s';
DROP INDEX widgets_owner_id_idx;
COMMIT;
