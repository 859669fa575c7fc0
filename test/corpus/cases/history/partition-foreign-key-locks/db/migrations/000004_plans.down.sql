ALTER TABLE accounts DROP COLUMN plan_id;
DROP TABLE plans;
