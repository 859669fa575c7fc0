-- case: the safe not-null recipe's first step in Flyway: CHECK NOT VALID under a lock_timeout
-- expect: clean
-- tool: flyway
set lock_timeout = '2s';
alter table if exists customers add constraint customers_name_not_null check (name is not null) not valid;
