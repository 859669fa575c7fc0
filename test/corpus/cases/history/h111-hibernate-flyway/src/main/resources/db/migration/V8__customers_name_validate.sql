-- case: validate in its own migration, then SET NOT NULL in the same migration (validated check makes it safe on PG 12+), then drop the check
-- expect: clean
-- tool: flyway
set lock_timeout = '2s';
alter table if exists customers validate constraint customers_name_not_null;
