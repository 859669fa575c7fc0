-- case: varchar(100) -> varchar(60): narrowing rewrites
-- expect: column-type-rewrite@10
-- tool: sqitch

-- Deploy widgets:widgets_name_narrow to pg
-- requires: widgets

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE widgets ALTER COLUMN name TYPE varchar(60);
COMMIT;
