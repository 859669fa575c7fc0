-- case: Hibernate 6 "alter column ... set data type" with its own spellings of the types the baseline already has (float(53) = double precision, int4 = integer, decimal = numeric) and precision widenings PostgreSQL does not rewrite
-- expect: clean
-- tool: flyway
set lock_timeout = '2s';
alter table if exists invoices alter column ratio set data type float(53);
alter table if exists invoices alter column lines set data type int4;
alter table if exists invoices alter column amount set data type decimal(38,2);
alter table if exists invoices alter column code set data type varchar(255);
alter table if exists invoices alter column paid_at set data type timestamp(6);
alter table if exists invoices alter column issued_at set data type timestamp;
alter table if exists invoices alter column due_on set data type time(6);
