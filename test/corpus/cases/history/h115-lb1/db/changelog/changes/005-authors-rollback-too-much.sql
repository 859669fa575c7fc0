--liquibase formatted sql
-- case: the rollback drops the whole authors table for a changeset that only added a column
-- expect: clean
-- tool: liquibase

--changeset bob:005-authors-twitter
SET lock_timeout = '2s';
ALTER TABLE authors ADD COLUMN twitter TEXT;
--rollback DROP TABLE authors;
