--liquibase formatted sql
-- case: XML master changelog (Spring Boot classpath-style paths) includes the create before the alter (file names sort the other way): the varchar(100) is known, widening is safe
-- expect: clean
-- tool: liquibase

--changeset team:accounts-widen-name
SET lock_timeout = '2s';
ALTER TABLE accounts ALTER COLUMN name TYPE VARCHAR(200);
--rollback ALTER TABLE accounts ALTER COLUMN name TYPE VARCHAR(100);
