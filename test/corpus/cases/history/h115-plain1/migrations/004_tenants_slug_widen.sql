-- case: varchar(20) -> varchar(40) is free: the old type is known because *.down.sql files are not replayed as forward migrations
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE tenants ALTER COLUMN slug TYPE varchar(40);
