-- Deploy app:add_widget_color to pg
-- case: sqitch deploy with BEGIN/COMMIT and a multi-line ADD COLUMN with a volatile default
-- expect: require-lock-timeout@8, add-column-rewrite@8
-- tool: sqitch

BEGIN;

ALTER TABLE widgets
    ADD COLUMN color_seed double precision
        DEFAULT random();

COMMIT;
