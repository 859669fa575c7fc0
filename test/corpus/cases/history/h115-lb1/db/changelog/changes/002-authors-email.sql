--liquibase formatted sql
-- case: two changesets in one file deploy together: expand (email) and contract (rename) of authors; --rollback lines are comments, not up statements
-- expect: mixed-expand-contract@14, rename-column@14
-- tool: liquibase

--changeset alice:002-authors-email
SET lock_timeout = '2s';
ALTER TABLE authors ADD COLUMN email VARCHAR(320);
--rollback ALTER TABLE authors DROP COLUMN email;

--changeset alice:003-authors-rename-website
--preconditions onFail:MARK_RAN
SET lock_timeout = '2s';
ALTER TABLE authors RENAME COLUMN website TO homepage;
--rollback ALTER TABLE authors RENAME COLUMN homepage TO website;
