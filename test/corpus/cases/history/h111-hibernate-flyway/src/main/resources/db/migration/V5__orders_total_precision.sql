-- case: Hibernate numeric(38,2) to numeric(38,4): scale change rewrites the table
-- expect: column-type-rewrite@6
-- tool: flyway
SET LOCAL lock_timeout = '2s';
SET statement_timeout = '10min';
alter table if exists orders alter column total set data type numeric(38,4);
