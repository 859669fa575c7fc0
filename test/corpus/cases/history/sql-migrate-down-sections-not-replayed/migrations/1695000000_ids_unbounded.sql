-- case: sql-migrate: VARCHAR(26) -> VARCHAR is binary-compatible, and the history knows both columns are VARCHAR(26), as long as the earlier file's "-- +migrate Down" section is not replayed as if it had run (it drops both tables, and the column types would become unknown). The Down sections are the rollback, run in a transaction of their own without a lock_timeout: narrowing back to VARCHAR(26) rewrites, the second ALTER while the first one's lock is held.
-- expect: column-type-rewrite@18, require-lock-timeout@18
-- expect: column-type-rewrite@21, lock-held-during-slow-operation@21
-- tool: sql-migrate
-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
ALTER TABLE crm.accounts ALTER COLUMN id TYPE VARCHAR;

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
ALTER TABLE crm.contacts
    ALTER COLUMN id TYPE VARCHAR,
    ALTER COLUMN account_id TYPE VARCHAR;

-- +migrate Down
ALTER TABLE crm.accounts ALTER COLUMN id TYPE VARCHAR(26);

-- +migrate Down
ALTER TABLE crm.contacts
    ALTER COLUMN id TYPE VARCHAR(26),
    ALTER COLUMN account_id TYPE VARCHAR(26);
