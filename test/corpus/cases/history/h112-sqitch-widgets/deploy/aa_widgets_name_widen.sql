-- case: plan order puts this after the narrowing (file order puts it first): varchar(60) -> varchar(80) is free
-- expect: clean
-- tool: sqitch

-- Deploy widgets:aa_widgets_name_widen to pg
-- requires: widgets_name_narrow

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets ALTER COLUMN name TYPE varchar(80);
COMMIT;
