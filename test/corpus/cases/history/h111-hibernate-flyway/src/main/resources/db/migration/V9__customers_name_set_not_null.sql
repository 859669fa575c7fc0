-- case: SET NOT NULL after the validated check from V8, then drop the check
-- expect: clean
-- tool: flyway
set lock_timeout = '2s';
alter table if exists customers alter column name set not null;
alter table if exists customers drop constraint customers_name_not_null;
