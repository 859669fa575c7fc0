-- case: FK on owner_id: the index from zz_widgets_sku_idx (earlier in the plan, later in file order) covers it
-- expect: clean
-- tool: sqitch

-- Deploy widgets:mm_widgets_owner_fk to pg
-- requires: widgets

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets ADD CONSTRAINT widgets_owner_id_fkey
    FOREIGN KEY (owner_id) REFERENCES owners (id) NOT VALID;
COMMIT;
