-- case: DROP TYPE ... CASCADE drops organizations.plan (PostgreSQL: "drop cascades to column plan of table
-- case: organizations"), as DROP COLUMN would
-- expect: drop-column@6
-- tool: golang-migrate
SET lock_timeout = '2s';
DROP TYPE plan_tier CASCADE;
