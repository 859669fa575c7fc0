-- case: ADD / DROP without the COLUMN keyword: the down drops what the up added
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts DROP plan;
