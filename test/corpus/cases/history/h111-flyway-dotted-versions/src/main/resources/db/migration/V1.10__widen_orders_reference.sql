-- case: Flyway orders versions numerically part by part (1 < 1.2 < 1.10): the varchar(50) from V1.2 is known and widening it is safe
-- expect: clean
-- tool: flyway
set lock_timeout = '2s';
alter table orders alter column reference type varchar(120);
