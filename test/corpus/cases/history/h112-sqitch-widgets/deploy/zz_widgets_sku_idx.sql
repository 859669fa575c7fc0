-- case: sqitch: a plain index build on a table from an earlier change (plan order)
-- expect: require-concurrent-index@9, require-lock-timeout@9
-- tool: sqitch

-- Deploy widgets:zz_widgets_sku_idx to pg
-- requires: widgets

BEGIN;
CREATE INDEX widgets_owner_id_idx ON widgets (owner_id);
COMMIT;
